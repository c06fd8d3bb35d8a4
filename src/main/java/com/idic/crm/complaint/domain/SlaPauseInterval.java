package com.idic.crm.complaint.domain;

import java.time.Instant;

/** A stretch of time the complaint waited on the customer; {@code end} is null while it still waits. */
public record SlaPauseInterval(Instant start, Instant end) {

    public boolean isOpen() {
        return end == null;
    }
}
