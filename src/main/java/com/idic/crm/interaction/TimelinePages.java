package com.idic.crm.interaction;

import java.util.Locale;

/** Reads the customer's timeline a page at a time ({@link CustomerTimeline#page} and {@link TimelineMerge#page}). */
@FunctionalInterface
public interface TimelinePages {

    TimelinePage page(long customerId, TimelineCursor cursor, int size, Locale locale);
}
