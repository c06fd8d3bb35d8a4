package com.idic.crm.customer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import com.idic.crm.customer.duplicates.DuplicateFinder;
import com.idic.crm.demo.DemoDataGenerator;
import com.idic.crm.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measurement anyone can run ({@code ./mvnw -B test -Pbenchmark -Dtest=CustomerGridBenchmark}):
 * fills the customer table to {@code benchmark.gridCustomers} (default 1,000,000) with the demo
 * generator through LOAD DATA LOCAL INFILE, then times the customer list's page query - the same
 * service call the grid makes - for each filter and each sort, first by one user alone and then
 * by {@code benchmark.gridThreads} (default 50) users at once, and prints p50/p95/p99 per case.
 * Asserts only that each page is what the grid would show.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(roles = "MANAGER")
class CustomerGridBenchmark {

    private static final int PAGE = 50;
    private static final int SINGLE_RUNS = Integer.getInteger("benchmark.gridRuns", 100);
    private static final int THREADS = Integer.getInteger("benchmark.gridThreads", 50);
    private static final int RUNS_PER_THREAD = Integer.getInteger("benchmark.gridRunsPerThread", 20);

    @Autowired
    CustomerService customers;
    @Autowired
    DuplicateFinder duplicates;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pageQueriesAtAMillionCustomers() throws Exception {
        int target = Integer.getInteger("benchmark.gridCustomers", 1_000_000);
        fillTo(target);

        Map<String, Supplier<List<?>>> cases = new LinkedHashMap<>();
        cases.put("filter none", () -> page(CustomerFilter.any(), Sort.unsorted()));
        cases.put("filter name 'li'", () -> page(filter("li", null, null, null, null, false), Sort.unsorted()));
        cases.put("filter name '王'", () -> page(filter("王", null, null, null, null, false), Sort.unsorted()));
        cases.put("filter phone '139'", () -> page(filter(null, "139", null, null, null, false), Sort.unsorted()));
        cases.put("filter e-mail 'info1'", () -> page(filter(null, null, "info1", null, null, false), Sort.unsorted()));
        cases.put("filter type organization", () -> page(new CustomerFilter(null, null, null, CustomerType.ORGANIZATION,
                null, null, null, false), Sort.unsorted()));
        cases.put("filter region 上海", () -> page(filter(null, null, null, "上海", null, false), Sort.unsorted()));
        cases.put("filter relationship channel partner", () -> page(new CustomerFilter(null, null, null, null, null,
                RelationshipType.CHANNEL_PARTNER, null, false), Sort.unsorted()));
        // customers without orders (the benchmark generates none) are potential or intending
        cases.put("filter stage intending", () -> page(filter(null, null, null, null, PurchaseStage.INTENDING, false), Sort.unsorted()));
        cases.put("filter needs verification", () -> page(filter(null, null, null, null, null, true), Sort.unsorted()));
        for (String column : List.of("name", "region", "lastVerifiedOn")) {
            for (Sort.Direction direction : Sort.Direction.values()) {
                cases.put("sort " + column + " " + direction.name().toLowerCase(Locale.ROOT),
                        () -> page(CustomerFilter.any(), Sort.by(direction, column)));
            }
        }
        cases.put("sort region asc, filter type organization", () -> page(new CustomerFilter(null, null, null,
                CustomerType.ORGANIZATION, null, null, null, false), Sort.by("region")));
        cases.put("sort last verified desc, filter region 上海", () -> page(filter(null, null, null, "上海", null, false),
                Sort.by(Sort.Direction.DESC, "lastVerifiedOn")));
        cases.put("page 200 sorted by name", () -> customers.page(CustomerFilter.any(), PageRequest.of(200, PAGE, Sort.by("name"))));

        ExecutorService pool = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(THREADS));
        try {
            for (Map.Entry<String, Supplier<List<?>>> entry : cases.entrySet()) {
                measure(entry.getKey(), entry.getValue(), pool);
            }
        } finally {
            pool.shutdownNow();
        }
        long started = System.nanoTime();
        assertThat(duplicates.page(0, PAGE)).isNotEmpty();
        System.out.printf(Locale.ROOT, "BENCHMARK grid duplicate pairs, first page: %.0f ms%n", (System.nanoTime() - started) / 1e6);
    }

    private List<?> page(CustomerFilter filter, Sort sort) {
        return customers.page(filter, PageRequest.of(0, PAGE, sort));
    }

    private static CustomerFilter filter(String name, String phone, String email, String region, PurchaseStage stage,
                                         boolean needsVerification) {
        return new CustomerFilter(name, phone, email, null, region, null, stage, needsVerification);
    }

    private static void measure(String what, Supplier<List<?>> query, ExecutorService pool) throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(query.get()).as(what).hasSize(PAGE);
        }
        double[] single = new double[SINGLE_RUNS];
        for (int i = 0; i < SINGLE_RUNS; i++) {
            single[i] = timed(query);
        }
        List<Future<double[]>> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            threads.add(pool.submit(() -> {
                double[] millis = new double[RUNS_PER_THREAD];
                for (int i = 0; i < RUNS_PER_THREAD; i++) {
                    millis[i] = timed(query);
                }
                return millis;
            }));
        }
        double[] concurrent = new double[THREADS * RUNS_PER_THREAD];
        for (int t = 0; t < THREADS; t++) {
            System.arraycopy(threads.get(t).get(), 0, concurrent, t * RUNS_PER_THREAD, RUNS_PER_THREAD);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "BENCHMARK grid %-45s 1 user: p50 %6.1f p95 %6.1f p99 %6.1f ms | %d users: p50 %6.1f p95 %6.1f p99 %6.1f ms, %.0f pages/s%n",
                what, percentile(single, 50), percentile(single, 95), percentile(single, 99), THREADS,
                percentile(concurrent, 50), percentile(concurrent, 95), percentile(concurrent, 99), concurrent.length / seconds);
    }

    private static double timed(Supplier<List<?>> query) {
        long started = System.nanoTime();
        List<?> page = query.get();
        double millis = (System.nanoTime() - started) / 1e6;
        if (page.size() != PAGE) {
            throw new IllegalStateException("short page: " + page.size());
        }
        return millis;
    }

    private static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /**
     * Demo customers through LOAD DATA LOCAL INFILE, with the secondary indexes dropped while
     * loading and built afterwards in one sorted pass each: minutes instead of the bulk
     * writer's quarter of an hour at a million rows on a 128 MB buffer pool.
     */
    private void fillTo(int target) throws IOException, SQLException {
        Long present = jdbc.queryForObject("SELECT COUNT(*) FROM customer", Long.class);
        if (present >= target) {
            return;
        }
        long started = System.nanoTime();
        Path file = Files.createTempFile("customers", ".tsv");
        long firstId = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM customer", Long.class);
        try {
            writeCustomers(file, new DemoDataGenerator(42, target, 0, LocalDate.now()), firstId);
            double generated = (System.nanoTime() - started) / 1e9;
            List<Index> indexes = secondaryIndexes();
            try (Connection connection = DriverManager.getConnection(TestDatabase.url() + "?allowLocalInfile=true", "root", "");
                 Statement statement = connection.createStatement()) {
                for (Index index : indexes) {
                    statement.execute("ALTER TABLE customer DROP INDEX " + index.name());
                }
                statement.execute("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath() + "' INTO TABLE customer"
                        + " CHARACTER SET utf8mb4 (id, version, external_id, type, name, name_key, gender, birth_date,"
                        + " founding_date, industry, phone, phone_key, email, email_key, region, relationship_type, source,"
                        + " stage, created_on, last_verified_on)");
                double loaded = (System.nanoTime() - started) / 1e9;
                statement.execute("ALTER TABLE customer " + String.join(", ", indexes.stream().map(i -> "ADD " + i.definition()).toList()));
                statement.execute("SELECT SETVAL(customer_seq, " + (firstId + target + 1000) + ")");
                statement.execute("ANALYZE TABLE customer");
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf(Locale.ROOT, "BENCHMARK grid filled %,d customers in %.1f s (generate %.1f s, load %.1f s,"
                        + " build %d indexes %.1f s)%n", target, seconds, generated, loaded - generated, indexes.size(), seconds - loaded);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private record Index(String name, boolean unique, List<String> columns) {
        String definition() {
            return (unique ? "UNIQUE INDEX " : "INDEX ") + name + " (" + String.join(", ", columns) + ")";
        }
    }

    /** Read from the schema, so the migrations stay the one source of the indexes. */
    private List<Index> secondaryIndexes() {
        Map<String, Index> indexes = new LinkedHashMap<>();
        jdbc.query("""
                SELECT index_name, column_name, non_unique FROM information_schema.statistics
                 WHERE table_schema = DATABASE() AND table_name = 'customer' AND index_name <> 'PRIMARY'
                 ORDER BY index_name, seq_in_index""", row -> {
            indexes.computeIfAbsent(row.getString(1), name -> new Index(name, readUnique(row), new ArrayList<>()))
                    .columns().add(row.getString(2));
        });
        return List.copyOf(indexes.values());
    }

    private static boolean readUnique(java.sql.ResultSet row) {
        try {
            return row.getInt(3) == 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeCustomers(Path file, DemoDataGenerator generator, long firstId) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Iterator<CustomerRecord> records = generator.customers().iterator();
            long id = firstId;
            while (records.hasNext()) {
                CustomerRecord r = records.next();
                Object[] row = {id++, 0, r.externalId(), r.type(), r.name(), CustomerKeys.name(r.name()), r.gender(),
                        r.birthDate(), r.foundingDate(), r.industry(), r.phone(), CustomerKeys.phone(r.phone()), r.email(),
                        CustomerKeys.email(r.email()), r.region(),
                        r.relationshipType() == null ? RelationshipType.GENERAL_CONSUMER : r.relationshipType(), r.source(),
                        r.stage() == null ? PurchaseStage.POTENTIAL : r.stage(), r.createdOn(), r.lastVerifiedOn()};
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        out.write('\t');
                    }
                    out.write(row[i] == null ? "\\N" : escape(row[i].toString()));
                }
                out.write('\n');
            }
        }
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }
}
