package com.idic.crm.interaction;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A recorded contact as its author or a manager corrected it. {@code version} is the one the user saw, so a
 * correction decided on a contact someone else changed or deleted meanwhile is refused, not applied.
 */
public record ContactCorrection(
        long id,
        long version,
        @NotNull InteractionChannel channel,
        @NotNull Direction direction,
        @NotNull ContentType contentType,
        @NotBlank @Size(max = NewInteraction.MAX_SUMMARY) String summary,
        @NotNull @PastOrPresent LocalDateTime occurredAt) {

    /** The row as it was shown, unchanged: the starting point of an edit form. */
    public static ContactCorrection of(InteractionRow row) {
        return new ContactCorrection(row.id(), row.version(), row.channel(), row.direction(), row.contentType(),
                row.summary(), row.occurredAt());
    }
}
