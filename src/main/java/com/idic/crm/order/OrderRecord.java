package com.idic.crm.order;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An order as bulk sources describe it, keyed by {@code externalId} (which is also its order number). */
public record OrderRecord(
        String externalId,
        long customerId,
        LocalDate orderDate,
        BigDecimal amount,
        BigDecimal cost,
        String category,
        String channel,
        BigDecimal paidAmount,
        LocalDate paidDate) {

    public String orderNumber() {
        return externalId;
    }
}
