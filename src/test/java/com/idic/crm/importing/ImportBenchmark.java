package com.idic.crm.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;

import com.idic.crm.customer.CustomerRecord;
import com.idic.crm.demo.DemoDataGenerator;
import com.idic.crm.demo.GeneratedOrder;
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
 * Not a test of speed but a measurement anyone can run: {@code ./mvnw -B -o test -Pbenchmark}.
 * Generates demo customers and a CSV of {@code benchmark.orders} orders (default 1,000,000),
 * imports both through the same service the import page uses, and prints rows, seconds, rows/s.
 * The file-size limit is raised so the measurement is about throughput, not the configured limit.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"crm.import.max-file-size=2GB", "crm.import.max-rows=20000000"})
@ActiveProfiles("test")
@WithMockUser(roles = "MANAGER")
class ImportBenchmark {

    @Autowired
    ImportService imports;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void importOneMillionOrders() throws IOException {
        int customers = Integer.getInteger("benchmark.customers", 50_000);
        int orders = Integer.getInteger("benchmark.orders", 1_000_000);
        DemoDataGenerator generator = new DemoDataGenerator(20261123, customers, orders, LocalDate.now());

        Path customerFile = write(dir.resolve("customers.csv"),
                "external_id,type,name,gender,birth_date,founding_date,industry,phone,email,region,relationship_type,source,created_at",
                generator.customers().map(ImportBenchmark::line));
        measure(ImportKind.CUSTOMERS, customerFile, customers);

        Path orderFile = write(dir.resolve("orders.csv"),
                "external_id,customer_external_id,order_date,amount,cost,category,channel,paid_amount,paid_date",
                generator.orders().map(ImportBenchmark::line));
        measure(ImportKind.ORDERS, orderFile, orders);
        ImportResult again = measure(ImportKind.ORDERS, orderFile, orders);
        assertThat(again.unchanged()).isEqualTo(orders);
    }

    /**
     * Re-import at scale: the customer table is filled to {@code benchmark.tableCustomers} (default
     * 1,000,000; synthetic rows written by the database itself, which is quick), then a file of
     * {@code benchmark.customers} (default 50,000) generated customers is imported new, imported
     * again unchanged, and imported again with every row's phone and region changed.
     */
    @Test
    void reimportCustomersIntoAMillion() throws IOException {
        int table = Integer.getInteger("benchmark.tableCustomers", 1_000_000);
        int customers = Integer.getInteger("benchmark.customers", 50_000);
        fillSynthetic(table - customers);
        DemoDataGenerator generator = new DemoDataGenerator(20261205, customers, 0, LocalDate.now());
        String header = "external_id,type,name,gender,birth_date,founding_date,industry,phone,email,region,relationship_type,source,created_at";
        Path file = write(dir.resolve("customers.csv"), header, generator.customers().map(ImportBenchmark::line));
        Path changed = write(dir.resolve("customers-changed.csv"), header, generator.customers()
                .map(c -> new CustomerRecord(c.externalId(), c.type(), c.name(), c.gender(), c.birthDate(), c.foundingDate(),
                        c.industry(), "+86 199 " + Math.abs(c.externalId().hashCode() % 10_000_000), c.email(), "重庆",
                        c.relationshipType(), c.source(), c.stage(), c.createdOn(), c.lastVerifiedOn()))
                .map(ImportBenchmark::line));
        ImportResult fresh = measure(ImportKind.CUSTOMERS, file, customers);
        assertThat(fresh.inserted()).isEqualTo(customers);
        ImportResult unchanged = measure(ImportKind.CUSTOMERS, file, customers);
        assertThat(unchanged.unchanged()).isEqualTo(customers);
        ImportResult updated = measure(ImportKind.CUSTOMERS, changed, customers);
        assertThat(updated.updated()).isEqualTo(customers);
        System.out.printf(Locale.ROOT, "BENCHMARK customer table now %,d rows%n",
                jdbc.queryForObject("SELECT COUNT(*) FROM customer", Long.class));
    }

    /** Rows shaped like real ones (names, keys, regions spread over the indexes), ids far above the sequence's. */
    private void fillSynthetic(int rows) {
        long present = jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE external_id LIKE 'SYN-%'", Long.class);
        if (present >= rows) {
            return;
        }
        long started = System.nanoTime();
        for (long from = present + 1; from <= rows; from += 50_000) {
            long to = Math.min(rows, from + 49_999);
            jdbc.update("""
                    INSERT INTO customer (id, version, external_id, type, name, name_key, gender, phone, phone_key, email, email_key,
                        region, relationship_type, source, stage, created_on, last_verified_on)
                    SELECT 1000000000000 + seq, 0, CONCAT('SYN-', seq), IF(seq % 5 = 0, 'ORGANIZATION', 'INDIVIDUAL'),
                        CONCAT(ELT(1 + seq % 10, 'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou'), ' ', seq),
                        CONCAT(ELT(1 + seq % 10, 'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou'), ' ', seq),
                        ELT(1 + seq % 3, 'FEMALE', 'MALE', 'OTHER'),
                        CONCAT('+86 13', LPAD(seq, 9, '0')), CONCAT('8613', LPAD(seq, 9, '0')),
                        CONCAT('c', seq, '@example.com'), CONCAT('c', seq, '@example.com'),
                        ELT(1 + seq % 8, '华东', '华北', '华南', '西南', '东北', '西北', '上海', '北京'),
                        ELT(1 + seq % 4, 'GENERAL_CONSUMER', 'ENTERPRISE', 'INTERNAL', 'CHANNEL_PARTNER'),
                        'WEBSITE', ELT(1 + seq % 8, 'POTENTIAL', 'INTENDING', 'FIRST_TIME', 'REPEAT', 'MAJOR', 'LOYAL', 'BUSINESS_PARTNER', 'LOST'),
                        DATE_SUB(CURDATE(), INTERVAL seq % 3650 DAY), IF(seq % 3 = 0, NULL, DATE_SUB(CURDATE(), INTERVAL seq % 700 DAY))
                    FROM seq_FROM_to_TO""".replace("FROM_to_TO", from + "_to_" + to));
        }
        jdbc.execute("ANALYZE TABLE customer");
        System.out.printf(Locale.ROOT, "BENCHMARK filled %,d synthetic customers in %.1f s%n", rows - present,
                (System.nanoTime() - started) / 1e9);
    }

    private ImportResult measure(ImportKind kind, Path file, int expectedRows) throws IOException {
        long started = System.nanoTime();
        ImportResult result = imports.importFile(kind, file, file.getFileName().toString(), ImportProgress.NONE);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(result.succeeded()).as("%s", result.problems()).isTrue();
        assertThat(result.rows()).isEqualTo(expectedRows);
        System.out.printf(Locale.ROOT, "BENCHMARK import %-9s rows=%,d file=%,d bytes new=%,d updated=%,d unchanged=%,d"
                        + " seconds=%.1f rows/s=%,.0f%n", kind, result.rows(), Files.size(file), result.inserted(), result.updated(),
                result.unchanged(), seconds, result.rows() / seconds);
        return result;
    }

    private static Path write(Path file, String header, Stream<String> lines) throws IOException {
        long started = System.nanoTime();
        long count = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(header);
            out.write("\r\n");
            for (Iterator<String> it = lines.iterator(); it.hasNext(); count++) {
                out.write(it.next());
                out.write("\r\n");
            }
        }
        System.out.printf(Locale.ROOT, "BENCHMARK generated %s: %,d rows in %.1f s%n", file.getFileName(), count,
                (System.nanoTime() - started) / 1e9);
        return file;
    }

    private static String line(CustomerRecord c) {
        return String.join(",", c.externalId(), c.type().name(), quoted(c.name()), text(c.gender()), text(c.birthDate()),
                text(c.foundingDate()), quoted(c.industry()), text(c.phone()), text(c.email()), text(c.region()),
                text(c.relationshipType()), text(c.source()), text(c.createdOn()));
    }

    private static String line(GeneratedOrder o) {
        return String.join(",", o.externalId(), o.customerExternalId(), o.orderDate().toString(), o.amount().toPlainString(),
                o.cost().toPlainString(), o.category(), o.channel(),
                o.paidAmount() == null ? "" : o.paidAmount().toPlainString(), text(o.paidDate()));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String quoted(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
