package com.idic.crm.complaint.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A stored wait on the customer; kept for good so the paused time stays auditable. */
@Embeddable
public class SlaPause {

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected SlaPause() {
    }

    SlaPause(Instant startedAt) {
        this.startedAt = startedAt;
    }

    public Instant getStartedAt() { return startedAt; }
    public Instant getEndedAt() { return endedAt; }
    void end(Instant at) { this.endedAt = at; }

    SlaPauseInterval interval() {
        return new SlaPauseInterval(startedAt, endedAt);
    }
}
