package com.idic.crm.customer.history.domain;

import java.time.LocalDateTime;

import com.idic.crm.customer.CustomerChangeKind;

/** A history line to append. */
public record ChangeRow(long customerId, LocalDateTime changedAt, String changedBy, CustomerChangeKind kind,
                        String field, String oldValue, String newValue, String detail) {

    Object[] values() {
        return new Object[] {customerId, changedAt, changedBy, kind.name(), field, oldValue, newValue, detail};
    }
}
