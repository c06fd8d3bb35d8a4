package com.idic.crm.interaction;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** A contact to record; who handled it is the signed-in user. {@code occurredAt} may not lie in the future. */
public record NewInteraction(
        long customerId,
        @NotNull InteractionChannel channel,
        @NotNull Direction direction,
        @NotNull ContentType contentType,
        @NotBlank @Size(max = NewInteraction.MAX_SUMMARY) String summary,
        @NotNull @PastOrPresent LocalDateTime occurredAt) {

    public static final int MAX_SUMMARY = 2000;
}
