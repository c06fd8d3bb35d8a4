package com.idic.crm.interaction;

import java.util.List;

import com.idic.crm.customer.TimelineEntry;

/** A page of the merged timeline, newest first; {@code next} continues it while {@code more} is true. */
public record TimelinePage(List<TimelineEntry> entries, TimelineCursor next, boolean more) {
}
