package com.idic.crm.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What step 1 (listen) takes down: who complains, how, about what, how urgent. */
public record NewComplaint(
        @NotNull Long customerId,
        @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = 4000) String description,
        @NotNull ComplaintChannel channel,
        @NotNull ComplaintPriority priority) {
}
