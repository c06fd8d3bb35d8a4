package com.idic.crm.customer.history;

import java.time.LocalDateTime;

import com.idic.crm.customer.CustomerChangeKind;

/**
 * One line of a customer's history. {@code field} is the customer's column (null for a change of
 * the record as a whole); values are as stored: choices as constant names, dates ISO-8601.
 */
public record HistoryEntry(long id, LocalDateTime changedAt, String changedBy, CustomerChangeKind kind, String field,
                           String oldValue, String newValue, String detail) {
}
