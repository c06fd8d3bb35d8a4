package com.idic.crm.customer.duplicates;

import java.util.List;

/**
 * What merging {@code duplicate} into {@code kept} will do: the contacts and number of
 * orders that move, and the kept record's empty fields that get the duplicate's value.
 */
public record MergePreview(CustomerSummary kept, CustomerSummary duplicate, List<String> contactsToMove,
                           long ordersToMove, List<Fill> fills) {

    /** {@code field} is a {@code FillableField} name, e.g. EMAIL. */
    public record Fill(String field, String value) {
    }
}
