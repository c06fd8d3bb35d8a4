package com.idic.crm.complaint;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A complaint posted by a web form or mail gateway ({@code POST /api/complaints}). The customer is found
 * by external id, else e-mail, else phone; an unknown one becomes a new potential customer named
 * {@code customerName} (or the e-mail / phone when no name is given).
 */
public record ComplaintIntake(
        @Size(max = 64) String customerExternalId,
        @Email @Size(max = 200) String customerEmail,
        @Size(max = 40) String customerPhone,
        @Size(max = 200) String customerName,
        String channel,
        @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = 4000) String description,
        String priority) {
}
