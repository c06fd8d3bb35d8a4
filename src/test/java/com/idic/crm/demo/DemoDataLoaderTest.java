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
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;

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

    @Test
    void aLoadBrokenOffInTheMiddleLeavesNothingBehind() {
        long customersBefore = count("customer");
        long contactsBefore = count("customer_contact");
        long ordersBefore = count("customer_order");
        OrderBulkWriter dying = spy(AopTestUtils.<OrderBulkWriter>getUltimateTargetObject(orders));
        doAnswer(call -> {
            if (count("customer") > customersBefore + DemoDataLoader.CUSTOMER_CHUNK) {
                // a chunk of new customers is written before this one: the start dies here
                throw new IllegalStateException("start killed while loading demo data");
            }
            return call.callRealMethod();
        }).when(dying).upsert(anyList());
        DemoDataLoader loader = new DemoDataLoader(customers, dying, jdbc, transactionManager, Clock.systemDefaultZone(), 5000, 20000, 7);

        assertThatThrownBy(() -> loader.load(new DemoDataGenerator(7, 5000, 20000, LocalDate.now())))
                .hasMessageContaining("start killed");

        assertThat(count("customer")).isEqualTo(customersBefore);
        assertThat(count("customer_contact")).isEqualTo(contactsBefore);
        assertThat(count("customer_order")).isEqualTo(ordersBefore);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
