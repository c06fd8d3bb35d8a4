package com.idic.crm.complaint;

import java.time.Duration;
import java.time.Instant;

/**
 * One SLA clock as the complaint page shows it.
 *
 * @param target    counted time allowed (after the tier factor)
 * @param due       due instant, null while paused with time left (unknown until the customer answers)
 * @param metAt     when the target was reached, or null
 * @param remaining counted time left at the moment of reading (negative = overdue; frozen once met)
 * @param usedShare share of the target used (1.0 = due now)
 * @param manualDue the due date was set by hand (the target is then the counted time up to it)
 */
public record SlaClockView(SlaTarget kind, Duration target, Instant due, Instant metAt, SlaState state,
                           Duration remaining, double usedShare, boolean paused,
                           boolean manualDue) {

    public enum SlaTarget { FIRST_RESPONSE, RESOLUTION }
}
