package com.idic.crm.segmentation;

import java.util.Optional;

/**
 * A run could not start: another one is running (named by {@link #running()}), or the analysis
 * date is in the future. {@link #messageKey()} says which, for the user.
 */
public class RunRefusedException extends RuntimeException {

    public static final String ALREADY_RUNNING = "segmentation.run.refused.running";
    public static final String FUTURE_DATE = "segmentation.run.refused.futureDate";

    private final String messageKey;
    private final transient SegmentationRun running;

    public RunRefusedException(String messageKey, SegmentationRun running, String message) {
        super(message);
        this.messageKey = messageKey;
        this.running = running;
    }

    public String messageKey() {
        return messageKey;
    }

    public Optional<SegmentationRun> running() {
        return Optional.ofNullable(running);
    }
}
