package com.idic.crm.segmentation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.idic.crm.customer.CustomerRecord;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.demo.DemoDataGenerator;
import com.idic.crm.demo.GeneratedOrder;
import com.idic.crm.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measurement anyone can run ({@code ./mvnw -B test -Pbenchmark -Dtest=SegmentationBenchmark}): fills a
 * database of its own with {@code benchmark.segCustomers} customers (default 1,000,000) and
 * {@code benchmark.segOrders} orders (default 10,000,000) from the demo generator, written to
 * tab-separated files and loaded with LOAD DATA LOCAL INFILE; then times the bare aggregate of the
 * issue, a segmentation run, their ratio, and the first page of the scored-customer list. The buffer
 * pool is raised to {@code benchmark.bufferPoolMb} (default 2048) for the measurement and restored.
 */
@Tag("benchmark")
@SpringBootTest(properties = TestDatabase.KEPT_DATABASE + "=" + SegmentationBenchmark.DATABASE)
@ActiveProfiles("test")
@WithMockUser(username = "benchmark", roles = "MANAGER")
class SegmentationBenchmark {

    /** Kept between runs, so a second run with the same sizes and seed skips the generation. */
    static final String DATABASE = "crm_segmentation_benchmark";
    private static final long SEED = 7;
    static final String BARE_AGGREGATE = "SELECT customer_id, MAX(order_date), COUNT(*), SUM(amount), SUM(cost)"
            + " FROM customer_order GROUP BY customer_id";
    private static final int PAGE = 50;
    private static final int RUNS = 5;

    @Autowired
    SegmentationService service;
    @Autowired
    SegmentationResults results;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @TempDir
    Path dir;

    @Test
    void segmentationRunAgainstTheBareAggregate() throws Exception {
        int customers = Integer.getInteger("benchmark.segCustomers", 1_000_000);
        int orders = Integer.getInteger("benchmark.segOrders", 10_000_000);
        long bufferPool = Long.getLong("benchmark.bufferPoolMb", 2048) << 20;
        long previousPool = jdbc.queryForObject("SELECT @@innodb_buffer_pool_size", Long.class);
        System.out.printf(Locale.ROOT, "BENCHMARK machine: %d cores, load average %s, buffer pool %d MB -> %d MB%n",
                Runtime.getRuntime().availableProcessors(), loadAverage(), previousPool >> 20, bufferPool >> 20);
        if (bufferPool > previousPool) {
            jdbc.execute("SET GLOBAL innodb_buffer_pool_size = " + bufferPool);
        }
        try {
            LocalDate today = generatedOn(customers, orders).orElse(null);
            if (today == null) {
                today = LocalDate.now();
                generate(new DemoDataGenerator(SEED, customers, orders, today));
                jdbc.update("INSERT INTO benchmark_dataset VALUES (?, ?, ?, ?)", SEED, customers, orders, today);
            } else {
                System.out.printf(Locale.ROOT, "BENCHMARK reusing the data generated on %s in database %s"
                        + " (%,d customers / %,d orders, seed %d): no generation%n", today, DATABASE, customers, orders, SEED);
            }

            double cold = bareAggregateSeconds();
            double bare = Math.min(bareAggregateSeconds(), cold);
            StepTimes steps = new StepTimes();
            long started = System.nanoTime();
            SegmentationRun run = service.runNow(today, steps);
            double runSeconds = (System.nanoTime() - started) / 1e9;
            assertThat(run.status()).as(String.valueOf(run.failure())).isEqualTo(RunStatus.SUCCEEDED);
            double bareAfter = bareAggregateSeconds();

            // on a shared machine the bare aggregate alone varies by half from one minute to the next: the ratio
            // is given against the best bare time and against the mean of the times just before and after the run
            double around = (Math.min(bare, cold) + bareAfter) / 2;
            System.out.printf(Locale.ROOT, "BENCHMARK bare aggregate: %.1f s (cold %.1f s, after the run %.1f s)%n",
                    bare, cold, bareAfter);
            System.out.printf(Locale.ROOT, "BENCHMARK segmentation run: %.1f s for %,d customers / %,d orders,"
                    + " %.2f x the best bare aggregate, %.2f x the mean of the bare aggregates before and after"
                    + " (load average %s)%n", runSeconds, run.customersScored(), orders, runSeconds / bare,
                    runSeconds / around, loadAverage());
            System.out.println("BENCHMARK run steps: " + steps);

            measurePages();
        } finally {
            if (bufferPool > previousPool) {
                jdbc.execute("SET GLOBAL innodb_buffer_pool_size = " + previousPool);
            }
        }
    }

    /**
     * The analysis date of the data in the kept database if it holds exactly the wanted sizes from the same
     * seed; otherwise empties it for a new generation.
     */
    private java.util.Optional<LocalDate> generatedOn(int customers, int orders) throws SQLException {
        jdbc.execute("CREATE TABLE IF NOT EXISTS benchmark_dataset (seed BIGINT NOT NULL, customers INT NOT NULL,"
                + " orders INT NOT NULL, generated_on DATE NOT NULL)");
        List<LocalDate> dates = jdbc.queryForList("SELECT generated_on FROM benchmark_dataset WHERE seed = ?"
                + " AND customers = ? AND orders = ?", LocalDate.class, SEED, customers, orders);
        boolean complete = !dates.isEmpty()
                && jdbc.queryForObject("SELECT COUNT(*) FROM customer", Long.class) == customers
                && jdbc.queryForObject("SELECT COUNT(*) FROM customer_order", Long.class) == orders;
        if (complete) {
            return java.util.Optional.of(dates.get(0));
        }
        jdbc.execute("DELETE FROM benchmark_dataset");
        for (Long runId : jdbc.queryForList("SELECT id FROM segmentation_run", Long.class)) {
            jdbc.execute("DROP TABLE IF EXISTS segmentation_score_" + runId);
        }
        jdbc.execute("DELETE FROM segmentation_cube");
        jdbc.execute("DELETE FROM segmentation_run");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION foreign_key_checks = 0");
            statement.execute("TRUNCATE TABLE customer_order");
            statement.execute("TRUNCATE TABLE customer");
            statement.execute("SET SESSION foreign_key_checks = 1");
        }
        return java.util.Optional.empty();
    }

    /** Wall time of each step of the run, from its progress reports. */
    private static final class StepTimes implements RunProgress {
        private final StringBuilder text = new StringBuilder();
        private RunStep current;
        private long since;

        @Override
        public void stepStarted(long runId, RunStep step) {
            long now = System.nanoTime();
            if (current != null) {
                text.append(String.format(Locale.ROOT, "%s %.1f s, ", current.name().toLowerCase(Locale.ROOT),
                        (now - since) / 1e9));
            }
            current = step;
            since = now;
        }

        @Override
        public String toString() {
            return text.length() == 0 ? "-" : text.substring(0, text.length() - 2);
        }
    }

    /** The first page of every filter of the list with each of its sorts, and a deep page. */
    private void measurePages() {
        String region = jdbc.queryForObject("SELECT region FROM customer WHERE region IS NOT NULL GROUP BY region"
                + " ORDER BY COUNT(*) LIMIT 1", String.class);
        String rfmCode = jdbc.queryForObject("SELECT rfm_code FROM segmentation_score_" + service.latestSuccessfulRun()
                .orElseThrow().id() + " WHERE rfm_code IS NOT NULL GROUP BY rfm_code ORDER BY COUNT(*) LIMIT 1", String.class);
        Map<String, ScoreFilter> filters = new LinkedHashMap<>();
        filters.put("no filter", ScoreFilter.all());
        filters.put("tier GOLD", ScoreFilter.all().withTier(Tier.GOLD));
        filters.put("ABC class B", ScoreFilter.all().withAbcClass(AbcClass.B));
        filters.put("quadrant IMPROVE", ScoreFilter.all().withQuadrant(Quadrant.IMPROVE));
        filters.put("stage DECLINE", ScoreFilter.all().withStage(LifecycleStage.DECLINE));
        filters.put("R 4 x F 2 cell", ScoreFilter.all().withRecencyAndFrequency(4, 2));
        filters.put("rarest RFM code " + rfmCode, filter(rfmCode, null, null, null));
        filters.put("credit rating NONE", filter(null, CreditRating.NONE, null, null));
        filters.put("smallest region " + region, filter(null, null, region, null));
        filters.put("type ORGANIZATION", filter(null, null, null, CustomerType.ORGANIZATION));
        for (Map.Entry<String, ScoreFilter> filter : filters.entrySet()) {
            measure(filter.getKey() + ", most profitable", () -> results.page(filter.getValue(), ScoreSort.PROFIT_RANK,
                    true, 0, PAGE));
            measure(filter.getKey() + ", most revenue", () -> results.page(filter.getValue(), ScoreSort.REVENUE_RANK,
                    true, 0, PAGE));
            measure(filter.getKey() + ", highest CLV", () -> results.page(filter.getValue(), ScoreSort.CLV_TOTAL,
                    false, 0, PAGE));
        }
        measure("page 200, most profitable", () -> results.page(ScoreFilter.all(), ScoreSort.PROFIT_RANK,
                true, 200 * PAGE, PAGE));
    }

    private static ScoreFilter filter(String rfmCode, CreditRating credit, String region, CustomerType type) {
        return new ScoreFilter(null, null, null, null, rfmCode, null, null, null, null, null, null, credit, null,
                region, type, false);
    }

    private double bareAggregateSeconds() throws SQLException {
        long started = System.nanoTime();
        long rows = 0;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setFetchSize(10_000);
            try (ResultSet row = statement.executeQuery(BARE_AGGREGATE)) {
                while (row.next()) {
                    rows++;
                }
            }
        }
        assertThat(rows).isPositive();
        return (System.nanoTime() - started) / 1e9;
    }

    /** Both tables from files the database reads itself: minutes instead of the hour row inserts would take. */
    private void generate(DemoDataGenerator generator) throws IOException, SQLException {
        long started = System.nanoTime();
        Path customerFile = dir.resolve("customers.tsv");
        Path orderFile = dir.resolve("orders.tsv");
        long orderId = 0;
        try (BufferedWriter customers = Files.newBufferedWriter(customerFile, StandardCharsets.UTF_8);
             BufferedWriter orders = Files.newBufferedWriter(orderFile, StandardCharsets.UTF_8)) {
            for (int i = 0; i < generator.customerCount(); i++) {
                CustomerRecord c = generator.customer(i);
                long customerId = i + 1L;
                customers.write(customerId + "\t" + c.externalId() + "\t" + c.type() + "\t" + c.name() + "\t"
                        + c.name().toLowerCase(Locale.ROOT) + "\t" + nullable(c.region()) + "\t"
                        + c.relationshipType() + "\t" + c.stage() + "\t" + c.createdOn() + "\n");
                for (GeneratedOrder o : (Iterable<GeneratedOrder>) generator.ordersOf(i)::iterator) {
                    orderId++;
                    orders.write(orderId + "\t" + o.externalId() + "\t" + customerId + "\t" + o.orderDate() + "\t"
                            + o.amount().toPlainString() + "\t" + o.cost().toPlainString() + "\t"
                            + nullable(o.category()) + "\t" + nullable(o.channel()) + "\t"
                            + (o.paidAmount() == null ? "\\N" : o.paidAmount().toPlainString()) + "\t"
                            + nullable(o.paidDate()) + "\n");
                }
            }
        }
        double written = (System.nanoTime() - started) / 1e9;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // empty tables, no checks: MariaDB loads in bulk and builds the indexes by sorting
            statement.execute("SET SESSION foreign_key_checks = 0");
            statement.execute("SET SESSION unique_checks = 0");
            statement.execute("LOAD DATA LOCAL INFILE '" + customerFile + "' INTO TABLE customer"
                    + " FIELDS TERMINATED BY '\\t' (id, external_id, type, name, name_key, region, relationship_type,"
                    + " stage, created_on)");
            statement.execute("LOAD DATA LOCAL INFILE '" + orderFile + "' INTO TABLE customer_order"
                    + " FIELDS TERMINATED BY '\\t' (id, order_number, customer_id, order_date, amount, cost, category,"
                    + " channel, paid_amount, paid_date)");
            statement.execute("SET SESSION foreign_key_checks = 1");
            statement.execute("SET SESSION unique_checks = 1");
            statement.execute("ANALYZE TABLE customer, customer_order");
        }
        Files.delete(customerFile);
        Files.delete(orderFile);
        long loadedOrders = jdbc.queryForObject("SELECT COUNT(*) FROM customer_order", Long.class);
        System.out.printf(Locale.ROOT, "BENCHMARK generated %,d customers and %,d orders in %.1f s (files %.1f s)%n",
                generator.customerCount(), loadedOrders, (System.nanoTime() - started) / 1e9, written);
    }

    private static String nullable(Object value) {
        return value == null ? "\\N" : value.toString();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static void measure(String what, Supplier<List<CustomerScore>> query) {
        double[] millis = new double[RUNS];
        List<CustomerScore> page = List.of();
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            page = query.get();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        assertThat(page).as(what).hasSizeLessThanOrEqualTo(PAGE);
        double first = millis[0];
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "BENCHMARK scored-customer page %-48s rows=%d first=%.1f ms median=%.1f ms%n",
                what, page.size(), first, millis[RUNS / 2]);
    }
}
