package com.idic.crm.order;

import java.math.BigDecimal;
import java.time.LocalDate;

/** All orders of one customer summed up; lastOrderDate is null when there is no order. */
public record OrderTotals(long count, BigDecimal revenue, BigDecimal profit, LocalDate lastOrderDate) {
}
