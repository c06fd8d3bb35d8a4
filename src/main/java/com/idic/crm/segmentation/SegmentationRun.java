package com.idic.crm.segmentation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One segmentation run: its analysis date A, the settings it used, who started it ("scheduler" for
 * the nightly run), when, how many customers it scored, and why it failed if it did (who, if cancelled).
 * {@code scoresKept} is false for old runs whose per-customer scores were cleared (figures stay).
 */
public record SegmentationRun(
        long id,
        LocalDate analysisDate,
        SegmentationSettings settings,
        String startedBy,
        Instant startedAt,
        Instant finishedAt,
        RunStatus status,
        long customersScored,
        long customersWithOrders,
        RunFailure failure,
        String cancelledBy,
        boolean scoresKept) {

    public static final String SCHEDULER = "scheduler";

    /** Time taken so far (until now while running). */
    public Duration duration(Instant now) {
        return Duration.between(startedAt, finishedAt == null ? now : finishedAt);
    }
}
