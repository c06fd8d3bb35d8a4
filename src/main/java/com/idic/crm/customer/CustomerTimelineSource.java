package com.idic.crm.customer;

import java.util.List;
import java.util.Locale;

/**
 * A feature's contribution to the customer's timeline (orders, interactions, complaints, offers),
 * found as Spring beans so the customer feature never depends on the features that contribute.
 * The timeline merges every source newest first and pages each source by its own keyset,
 * so a customer with 10,000 orders costs one short index range read per source and page.
 */
public interface CustomerTimelineSource {

    /**
     * Up to {@code limit} of the customer's entries, newest first (ordered by {@code at} descending,
     * then {@code id} descending), that come strictly after {@code after} in that order;
     * {@code after} is null for the first page. Texts in the given locale.
     */
    List<TimelineEntry> entries(long customerId, TimelineEntry.Position after, int limit, Locale locale);
}
