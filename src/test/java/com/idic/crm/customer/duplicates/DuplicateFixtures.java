package com.idic.crm.customer.duplicates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.domain.Customer;
import com.idic.crm.customer.domain.CustomerRepository;
import com.idic.crm.order.domain.CustomerOrder;
import com.idic.crm.order.domain.CustomerOrderRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Customers, contacts and orders with unique values, since tests share one database. */
public class DuplicateFixtures {

    private final CustomerRepository customers;
    private final CustomerOrderRepository orders;
    private final JdbcClient jdbc;

    public DuplicateFixtures(ApplicationContext context) {
        this.customers = context.getBean(CustomerRepository.class);
        this.orders = context.getBean(CustomerOrderRepository.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    public static String unique(String prefix) {
        return prefix + " " + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    /** A mobile number as digits; {@link #spaced} writes the same number the way people type it. */
    public static String mobile() {
        return "13" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
    }

    public static String spaced(String mobile) {
        return "+86 " + mobile.substring(0, 3) + "-" + mobile.substring(3, 7) + "-" + mobile.substring(7);
    }

    public Customer customer(String name, LocalDate createdOn, Consumer<Customer> details, String... contactNames) {
        Customer customer = new Customer(CustomerType.ORGANIZATION, name, createdOn);
        details.accept(customer);
        for (String contact : contactNames) {
            customer.addContact(contact);
        }
        return customers.save(customer);
    }

    public List<Long> orders(Customer customer, int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> orders.save(new CustomerOrder(unique("SO"), customer.getId(), LocalDate.of(2026, 1, 1 + i),
                        new BigDecimal("100.00"), new BigDecimal("60.00"))).getId())
                .toList();
    }

    public Customer reload(Customer customer) {
        return customers.findById(customer.getId()).orElseThrow();
    }

    public List<Long> contactIdsOf(long customerId) {
        return jdbc.sql("SELECT id FROM customer_contact WHERE customer_id = ? ORDER BY id").param(customerId)
                .query(Long.class).list();
    }

    public List<Long> orderIdsOf(long customerId) {
        return jdbc.sql("SELECT id FROM customer_order WHERE customer_id = ? ORDER BY id").param(customerId)
                .query(Long.class).list();
    }
}
