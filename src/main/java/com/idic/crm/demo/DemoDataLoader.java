package com.idic.crm.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.idic.crm.base.db.BulkWriteResult;
import com.idic.crm.customer.CustomerBulkWriter;
import com.idic.crm.customer.CustomerContactRecord;
import com.idic.crm.customer.CustomerRecord;
import com.idic.crm.order.OrderBulkWriter;
import com.idic.crm.order.OrderRecord;
import com.idic.crm.security.SystemAuthentication;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with the demo company on first start of the zero-setup run
 * ({@code crm.demo-data.enabled=true}); a database that has any customer is left alone.
 */
@Component
@ConditionalOnProperty(name = "crm.demo-data.enabled", havingValue = "true")
public class DemoDataLoader {

    static final int CUSTOMER_CHUNK = 2000;
    static final int ORDER_CHUNK = 5000;

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final CustomerBulkWriter customers;
    private final OrderBulkWriter orders;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int customerCount;
    private final int orderCount;
    private final long seed;

    DemoDataLoader(CustomerBulkWriter customers, OrderBulkWriter orders, JdbcTemplate jdbc,
                   PlatformTransactionManager transactionManager, Clock clock,
                   @Value("${crm.demo-data.customers:2000}") int customerCount,
                   @Value("${crm.demo-data.orders:40000}") int orderCount,
                   @Value("${crm.demo-data.seed:1}") long seed) {
        this.customers = customers;
        this.orders = orders;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.customerCount = customerCount;
        this.orderCount = orderCount;
        this.seed = seed;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    @PermitAll // started by the application itself, with nobody logged in: the work below runs as SystemAuthentication
    public void loadIfEmpty() {
        if (Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM customer)", Boolean.class))) {
            log.info("Demo data skipped: the database already has customers");
            return;
        }
        long started = System.nanoTime();
        Totals totals = SystemAuthentication.call(() -> load(new DemoDataGenerator(seed, customerCount, orderCount, LocalDate.now(clock))));
        log.info("Demo data loaded in {} ms: {} customers, {} contacts, {} orders (seed {})",
                (System.nanoTime() - started) / 1_000_000, totals.customers, totals.contacts, totals.orders, seed);
    }

    record Totals(long customers, long contacts, long orders) {
    }

    /**
     * Writes the generator's data in chunks of customers, so huge sizes stay within memory, and all
     * in one transaction: a start killed in the middle leaves no half-filled demo company behind
     * (the database stays empty and the next start loads it again).
     */
    Totals load(DemoDataGenerator generator) {
        return transaction.execute(status -> loadInChunks(generator));
    }

    private Totals loadInChunks(DemoDataGenerator generator) {
        long customerTotal = 0;
        long contactTotal = 0;
        long orderTotal = 0;
        for (int start = 0; start < generator.customerCount(); start += CUSTOMER_CHUNK) {
            int from = start;
            int to = Math.min(generator.customerCount(), from + CUSTOMER_CHUNK);
            Totals chunk = loadChunk(generator, from, to);
            customerTotal += chunk.customers;
            contactTotal += chunk.contacts;
            orderTotal += chunk.orders;
        }
        return new Totals(customerTotal, contactTotal, orderTotal);
    }

    private Totals loadChunk(DemoDataGenerator generator, int from, int to) {
        List<CustomerRecord> chunk = IntStream.range(from, to).mapToObj(generator::customer).toList();
        customers.upsert(chunk);
        Map<String, Long> ids = customers.idsByExternalId(chunk.stream().map(CustomerRecord::externalId).toList());
        List<CustomerContactRecord> contacts = IntStream.range(from, to).boxed()
                .flatMap(i -> generator.contacts(i).stream())
                .map(c -> new CustomerContactRecord(ids.get(c.customerExternalId()), c.name(), c.role(), c.phone(), c.email()))
                .toList();
        customers.insertContacts(contacts);
        List<OrderRecord> batch = new ArrayList<>(ORDER_CHUNK);
        long written = 0;
        for (int i = from; i < to; i++) {
            long customerId = ids.get(DemoDataGenerator.customerExternalId(i));
            for (GeneratedOrder order : (Iterable<GeneratedOrder>) generator.ordersOf(i)::iterator) {
                batch.add(order.toRecord(customerId));
                if (batch.size() == ORDER_CHUNK) {
                    written += write(batch);
                }
            }
        }
        written += write(batch);
        return new Totals(chunk.size(), contacts.size(), written);
    }

    private long write(List<OrderRecord> batch) {
        BulkWriteResult result = orders.upsert(batch);
        batch.clear();
        return result.inserted() + result.updated();
    }
}
