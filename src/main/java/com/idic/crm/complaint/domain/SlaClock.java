package com.idic.crm.complaint.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import com.idic.crm.complaint.SlaState;

/**
 * One SLA target of one complaint: when it is due, how much counted time is left, and whether it is met
 * or breached. Time counts from the start, only in the calendar's working time, and not while the
 * complaint waited on the customer (the pauses). All arithmetic here, so it is tested at exact instants.
 *
 * @param start    when the complaint was received
 * @param target   counted time allowed
 * @param pauses   every wait on the customer, in any order; the last may still be open
 * @param metAt    when the target was reached (first response given, complaint resolved), or null
 */
public record SlaClock(Instant start, Duration target, BusinessCalendar calendar, List<SlaPauseInterval> pauses,
                       Instant metAt) {

    public SlaClock {
        pauses = pauses.stream().sorted(Comparator.comparing(SlaPauseInterval::start)).toList();
    }

    /**
     * The due instant with every pause so far moved out of the way; null while the clock is paused before
     * the target is used up (the due date is unknown until the customer answers).
     */
    public Instant due() {
        Duration left = target;
        Instant cursor = start;
        for (SlaPauseInterval pause : pauses) {
            if (metAt != null && !pause.start().isBefore(metAt)) {
                break; // waits after the target was met do not move its due date
            }
            if (!pause.start().isAfter(cursor)) {
                cursor = pause.isOpen() ? null : max(cursor, pause.end());
                if (cursor == null) {
                    return null;
                }
                continue;
            }
            Duration counted = calendar.between(cursor, pause.start());
            if (counted.compareTo(left) >= 0) {
                return calendar.plus(cursor, left);
            }
            left = left.minus(counted);
            if (pause.isOpen()) {
                return null;
            }
            cursor = pause.end();
        }
        return calendar.plus(cursor, left);
    }

    /**
     * This clock with its due date set by hand to {@code due} at {@code setAt}: the target becomes the counted time
     * from the start to {@code due} as the waits known at {@code setAt} leave it, so working hours still count and a
     * later wait on the customer still moves the due date, as it would a due date from the policy.
     */
    public SlaClock dueMovedTo(Instant due, Instant setAt) {
        List<SlaPauseInterval> known = pauses.stream().filter(p -> p.start().isBefore(setAt)).toList();
        Duration counted = new SlaClock(start, target, calendar, known, null).elapsed(due);
        return new SlaClock(start, counted, calendar, pauses, metAt);
    }

    /**
     * When {@code percent} of the target will be used up, with the pauses known now; null while paused before that
     * point. The escalation job's warning instant.
     */
    public Instant dueOfShare(int percent) {
        return new SlaClock(start, target.multipliedBy(percent).dividedBy(100), calendar, pauses, metAt).due();
    }

    /** Counted time used up to {@code now} (or to when the target was met), pauses left out. */
    public Duration elapsed(Instant now) {
        Instant until = metAt != null && metAt.isBefore(now) ? metAt : now;
        Duration total = calendar.between(start, until);
        for (SlaPauseInterval pause : pauses) {
            Instant pauseEnd = pause.isOpen() ? until : min(pause.end(), until);
            Instant pauseStart = max(pause.start(), start);
            total = total.minus(calendar.between(pauseStart, pauseEnd));
        }
        return total.isNegative() ? Duration.ZERO : total;
    }

    /** Counted time left until due; negative once overdue. */
    public Duration remaining(Instant now) {
        return target.minus(elapsed(now));
    }

    /** Share of the target used, 0.0 .. (above 1.0 when overdue). */
    public double usedShare(Instant now) {
        return target.isZero() ? 1.0 : (double) elapsed(now).toMillis() / target.toMillis();
    }

    public boolean isPaused(Instant now) {
        return metAt == null && pauses.stream().anyMatch(p -> !p.start().isAfter(now) && (p.isOpen() || p.end().isAfter(now)));
    }

    /**
     * ONGOING, MET or BREACHED at {@code now}. {@code breachedBefore} says a breach was already recorded:
     * it stays, even if a policy change or a pause would now put the due date later.
     */
    public SlaState state(Instant now, boolean breachedBefore) {
        if (breachedBefore) {
            return SlaState.BREACHED;
        }
        if (metAt != null) {
            return remaining(metAt).isNegative() ? SlaState.BREACHED : SlaState.MET;
        }
        return remaining(now).isNegative() ? SlaState.BREACHED : SlaState.ONGOING;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
