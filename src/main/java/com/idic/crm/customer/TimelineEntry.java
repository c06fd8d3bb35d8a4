package com.idic.crm.customer;

import java.time.Instant;

/**
 * One event on the customer's timeline.
 *
 * @param at      when it happened (orders: the order date at the start of the day, in the system zone)
 * @param id      the source's own row id; with {@code at} it is the entry's position in its source
 * @param kind    the source, e.g. "order", "interaction", "complaint", "offer": it picks the icon and filter
 * @param title   one line, already in the requested locale ("Order SO-1042 · ¥1,250.00")
 * @param detail  a second line or null
 * @param route   the view that opens the entry (e.g. "complaints/17"), or null when it has none
 */
public record TimelineEntry(Instant at, long id, String kind, String title, String detail, String route) {

    public Position position() {
        return new Position(at, id);
    }

    /** Where a source's page ends: the next page starts strictly after it. */
    public record Position(Instant at, long id) {
    }
}
