package com.idic.crm.customization;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the marketer edits on a draft offer: validity, notes to the customer and the lines. */
public record OfferDraft(@NotNull LocalDate validUntil,
                         @Size(max = 4000) String notes,
                         @NotNull @Size(max = 200) List<@NotNull @Valid OfferLineInput> lines) {
}
