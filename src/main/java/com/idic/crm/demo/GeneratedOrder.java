package com.idic.crm.demo;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.idic.crm.order.OrderRecord;

/** A demo order still naming its customer by external id (as an import file does). */
public record GeneratedOrder(String externalId, String customerExternalId, LocalDate orderDate, BigDecimal amount,
                             BigDecimal cost, String category, String channel, BigDecimal paidAmount, LocalDate paidDate) {

    public OrderRecord toRecord(long customerId) {
        return new OrderRecord(externalId, customerId, orderDate, amount, cost, category, channel, paidAmount, paidDate);
    }
}
