package com.idic.crm.customization;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A need as it is taken down: the customer's words, the level of need, where it came up. */
public record NewRequest(
        @NotNull Long customerId,
        @NotNull NeedLevel needLevel,
        @NotBlank @Size(max = 4000) String need,
        LocalDate desiredDate,
        @Size(max = 200) String requestedBy,
        @NotNull RequestSource source,
        Long sourceId) {
}
