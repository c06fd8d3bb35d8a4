package com.idic.crm.demo;

import java.time.Clock;
import java.time.LocalDate;

import com.idic.crm.customer.CustomerBulkWriter;
import com.idic.crm.order.OrderBulkWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(roles = "ADMIN")
class DemoDataLoaderTest {

    @Autowired
    CustomerBulkWriter customers;
    @Autowired
    OrderBulkWriter orders;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theDefaultDemoCompanyIsWrittenWithContactsAndOrders() {
        DemoDataLoader loader = new DemoDataLoader(customers, orders, jdbc, transactionManager, Clock.systemDefaultZone(), 2000, 40000, 5);
        long started = System.nanoTime();
        DemoDataLoader.Totals totals = loader.load(new DemoDataGenerator(5, 2000, 40000, LocalDate.now()));
        System.out.printf("Demo data 2000/40000 loaded in %d ms%n", (System.nanoTime() - started) / 1_000_000);

        assertThat(totals.customers()).isEqualTo(2000);
        assertThat(totals.orders()).isEqualTo(40000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE external_id LIKE 'DEMO-C%'", Long.class)).isEqualTo(2000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_order WHERE external_id LIKE 'DEMO-O%'", Long.class)).isEqualTo(40000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_contact cc JOIN customer c ON c.id = cc.customer_id"
                + " WHERE c.external_id LIKE 'DEMO-C%'", Long.class)).isEqualTo(totals.contacts()).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT phone_key FROM customer WHERE external_id LIKE 'DEMO-C%'"
                + " GROUP BY phone_key HAVING COUNT(*) > 1) d", Long.class)).as("duplicate phones to find").isPositive();
    }
}
