package com.idic.crm.segmentation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the rules need of an order. Paid amount and date may be null (nothing paid). */
public record OrderFact(long customerId, LocalDate orderDate, BigDecimal amount, BigDecimal cost,
                        BigDecimal paidAmount, LocalDate paidDate) {

    public BigDecimal profit() {
        return amount.subtract(cost);
    }

    /** Paid in full by {@code date}: the payment is dated on or before it and covers the amount. */
    public boolean fullyPaidBy(LocalDate date) {
        return paidDate != null && paidAmount != null && !paidDate.isAfter(date) && paidAmount.compareTo(amount) >= 0;
    }

    /** What was paid by {@code date} (zero if the payment is later or missing). */
    public BigDecimal paidBy(LocalDate date) {
        return paidDate != null && paidAmount != null && !paidDate.isAfter(date) ? paidAmount : BigDecimal.ZERO;
    }
}
