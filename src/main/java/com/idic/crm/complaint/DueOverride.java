package com.idic.crm.complaint;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Due dates set by hand, e.g. the date agreed with the customer. A null due leaves that clock as it is; the
 * reason goes into the history with who set it, the old and the new due date.
 */
public record DueOverride(Instant firstResponseDue, Instant resolutionDue,
                          @NotBlank @Size(max = ComplaintStep.NOTE_MAX) String reason) {
}
