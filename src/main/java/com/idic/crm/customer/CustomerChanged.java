package com.idic.crm.customer;

import java.util.List;

/**
 * Published inside the transaction that changed customer {@code customerId}, so the change is
 * recorded in the customer's history atomically with it (a rolled-back edit leaves no trace).
 * Who and when are the current user and the application clock at publication.
 *
 * @param fields one entry per changed field; empty when the record changed as a whole (created, merged)
 * @param detail where the change came from, e.g. the id of the other record of a merge
 */
public record CustomerChanged(long customerId, CustomerChangeKind kind, List<FieldChange> fields, String detail) {

    public CustomerChanged {
        fields = List.copyOf(fields);
    }

    public static CustomerChanged of(long customerId, CustomerChangeKind kind, List<FieldChange> fields) {
        return new CustomerChanged(customerId, kind, fields, null);
    }

    /**
     * A field's value before and after, as stored in its column ({@code field} is the column name):
     * choices as constant names, dates ISO-8601, {@code null} for empty. A contact is described in one line.
     */
    public record FieldChange(String field, String oldValue, String newValue) {
    }
}
