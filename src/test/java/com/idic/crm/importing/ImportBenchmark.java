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
        assertThat(again.updated()).isEqualTo(orders);
    }

    private ImportResult measure(ImportKind kind, Path file, int expectedRows) throws IOException {
        long started = System.nanoTime();
        ImportResult result = imports.importFile(kind, file, file.getFileName().toString(), ImportProgress.NONE);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(result.succeeded()).as("%s", result.problems()).isTrue();
        assertThat(result.rows()).isEqualTo(expectedRows);
        System.out.printf(Locale.ROOT, "BENCHMARK import %-9s rows=%,d file=%,d bytes inserted=%,d updated=%,d seconds=%.1f rows/s=%,.0f%n",
                kind, result.rows(), Files.size(file), result.inserted(), result.updated(), seconds, result.rows() / seconds);
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
