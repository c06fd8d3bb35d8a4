package com.idic.crm.order;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One order as shown on the customer page; profit = amount - cost. */
public record OrderRow(
        long id,
        String orderNumber,
        LocalDate orderDate,
        BigDecimal amount,
        BigDecimal cost,
        BigDecimal profit,
        String category,
        String channel,
        BigDecimal paidAmount,
        LocalDate paidDate) {
}
