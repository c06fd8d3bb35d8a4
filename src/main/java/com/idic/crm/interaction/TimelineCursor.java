package com.idic.crm.interaction;

import java.util.HashMap;
import java.util.Map;

import com.idic.crm.customer.TimelineEntry;

/**
 * How far the timeline has been read: for each source (by its index) the position of the last entry
 * shown. Immutable; {@link #START} is before the newest entry of every source.
 */
public final class TimelineCursor {

    public static final TimelineCursor START = new TimelineCursor(Map.of());

    private final Map<Integer, TimelineEntry.Position> shownUpTo;

    private TimelineCursor(Map<Integer, TimelineEntry.Position> shownUpTo) {
        this.shownUpTo = Map.copyOf(shownUpTo);
    }

    TimelineEntry.Position after(int source) {
        return shownUpTo.get(source);
    }

    TimelineCursor advanced(Map<Integer, TimelineEntry.Position> lastShown) {
        Map<Integer, TimelineEntry.Position> next = new HashMap<>(shownUpTo);
        next.putAll(lastShown);
        return new TimelineCursor(next);
    }
}
