package com.idic.crm.segmentation.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.domain.Customer;
import com.idic.crm.customer.domain.CustomerRepository;
import com.idic.crm.order.domain.CustomerOrder;
import com.idic.crm.order.domain.CustomerOrderRepository;

/** Customers with orders for the segmentation view tests; names carry a tag unique to the test. */
class ScoredFixtures {

    final String tag = "Sg" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    private final CustomerRepository customers;
    private final CustomerOrderRepository orders;
    private int orderNumber;

    ScoredFixtures(CustomerRepository customers, CustomerOrderRepository orders) {
        this.customers = customers;
        this.orders = orders;
    }

    long customer(String name, CustomerType type) {
        return customers.save(new Customer(type, tag + " " + name, LocalDate.of(2020, 1, 1))).getId();
    }

    void order(long customerId, LocalDate date, String amount, String cost) {
        orders.save(new CustomerOrder(tag + "-" + (++orderNumber), customerId, date, new BigDecimal(amount), new BigDecimal(cost)));
    }

    /** {@code count} customers, each with one order whose profit grows with its number, so ranks are known. */
    void manyCustomers(int count, LocalDate date) {
        for (int i = 1; i <= count; i++) {
            long id = customer("Many " + i, CustomerType.INDIVIDUAL);
            order(id, date, String.valueOf(100 + i * 10), "50");
        }
    }
}
