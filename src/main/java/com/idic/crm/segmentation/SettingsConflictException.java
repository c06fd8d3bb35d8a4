package com.idic.crm.segmentation;

import java.time.Instant;

/** Someone saved the settings after the caller read them; nothing was saved. */
public class SettingsConflictException extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;

    public SettingsConflictException(String changedBy, Instant changedAt) {
        super("Segmentation settings were changed by " + changedBy + " at " + changedAt);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
