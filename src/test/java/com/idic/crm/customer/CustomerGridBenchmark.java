package com.idic.crm.customer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.idic.crm.customer.duplicates.DuplicateFinder;
import com.idic.crm.demo.DemoDataGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measurement anyone can run ({@code ./mvnw -B test -Pbenchmark}): fills the customer
 * table to {@code benchmark.gridCustomers} (default 1,000,000) with the demo generator,
 * then times the customer list's page query - the same service call the grid makes - for
 * the filters a clerk uses, and the duplicates page. Prints the figures; asserts only
 * that each page is what the grid would show.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(roles = "MANAGER")
class CustomerGridBenchmark {

    private static final int PAGE = 50;
    private static final int RUNS = 5;

    @Autowired
    CustomerService customers;
    @Autowired
    DuplicateFinder duplicates;
    @Autowired
    CustomerBulkWriter writer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void pageQueriesAtAMillionCustomers() {
        int target = Integer.getInteger("benchmark.gridCustomers", 1_000_000);
        fillTo(target);

        measure("first page, sorted by name", () -> customers.page(CustomerFilter.any(), PageRequest.of(0, PAGE, Sort.by("name"))));
        measure("page 200, sorted by name", () -> customers.page(CustomerFilter.any(), PageRequest.of(200, PAGE, Sort.by("name"))));
        measure("name starts with 'Li'", () -> customers.page(filter("Li", null, false), PageRequest.of(0, PAGE, Sort.by("name"))));
        measure("name starts with '王'", () -> customers.page(filter("王", null, false), PageRequest.of(0, PAGE, Sort.by("name"))));
        measure("region 上海", () -> customers.page(filter(null, "上海", false), PageRequest.of(0, PAGE, Sort.by("name"))));
        measure("needs verification", () -> customers.page(filter(null, null, true), PageRequest.of(0, PAGE, Sort.by("name"))));
        measure("sorted by last verified", () -> customers.page(CustomerFilter.any(), PageRequest.of(0, PAGE, Sort.by("lastVerifiedOn"))));
        measure("duplicate pairs, first page", () -> duplicates.page(0, PAGE));
    }

    private void fillTo(int target) {
        Long present = jdbc.queryForObject("SELECT COUNT(*) FROM customer", Long.class);
        if (present >= target) {
            return;
        }
        long started = System.nanoTime();
        DemoDataGenerator generator = new DemoDataGenerator(42, target, 0, LocalDate.now());
        Iterator<CustomerRecord> records = generator.customers().iterator();
        while (records.hasNext()) {
            List<CustomerRecord> chunk = new ArrayList<>(5_000);
            while (records.hasNext() && chunk.size() < 5_000) {
                chunk.add(records.next());
            }
            transaction.executeWithoutResult(status -> writer.upsert(chunk));
        }
        jdbc.execute("ANALYZE TABLE customer");
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "BENCHMARK generated %,d customers in %.1f s (%,.0f rows/s)%n", target, seconds, target / seconds);
    }

    private static CustomerFilter filter(String name, String region, boolean needsVerification) {
        return new CustomerFilter(name, null, null, null, region, null, null, needsVerification);
    }

    private static void measure(String what, Supplier<List<?>> query) {
        double[] millis = new double[RUNS];
        List<?> page = List.of();
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            page = query.get();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        assertThat(page).as(what).hasSize(PAGE);
        double first = millis[0];
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "BENCHMARK grid page %-30s rows=%d first=%.1f ms median=%.1f ms%n",
                what, page.size(), first, millis[RUNS / 2]);
    }
}
