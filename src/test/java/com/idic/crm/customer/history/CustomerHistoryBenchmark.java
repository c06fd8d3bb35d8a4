package com.idic.crm.customer.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.idic.crm.customer.CustomerImportChanges;
import com.idic.crm.customer.CustomerImportChanges.ImportedField;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long recording an import's changes takes ({@code ./mvnw -B -o test -Pbenchmark
 * -Dtest=CustomerHistoryBenchmark}): a re-import of {@code benchmark.rows} customers (default 50,000)
 * that changed {@code benchmark.fields} fields each (default 20: a million lines), recorded in one
 * transaction as the import does; then the first page of the History tab of one of them.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "benchmark", roles = "MANAGER")
class CustomerHistoryBenchmark {

    @Autowired CustomerImportChanges importChanges;
    @Autowired CustomerHistory history;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void recordTheChangesOfAFiftyThousandRowReimport() {
        int rows = Integer.getInteger("benchmark.rows", 50_000);
        int fields = Integer.getInteger("benchmark.fields", 20);
        long firstId = 1_000_000_000L + jdbc.sql("SELECT COALESCE(MAX(customer_id), 0) FROM customer_change")
                .query(Long.class).single();
        List<ImportedField> changes = new ArrayList<>(rows * fields);
        for (int row = 0; row < rows; row++) {
            for (int field = 0; field < fields; field++) {
                changes.add(new ImportedField(firstId + row, "column_" + field, "before " + row, "after " + row));
            }
        }

        long started = System.nanoTime();
        new TransactionTemplate(transactions).executeWithoutResult(status -> importChanges.imported("benchmark.csv", changes));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "BENCHMARK history of an import: %,d changed fields of %,d customers recorded in %.1f s"
                + " (%,.0f lines/s)%n", changes.size(), rows, seconds, changes.size() / seconds);

        long lines = jdbc.sql("SELECT COUNT(*) FROM customer_change").query(Long.class).single();
        double[] millis = new double[21];
        for (int i = 0; i < millis.length; i++) {
            long pageStarted = System.nanoTime();
            assertThat(history.page(firstId + (i * 7919L) % rows, 0, 50)).hasSize(fields);
            millis[i] = (System.nanoTime() - pageStarted) / 1e6;
        }
        double first = millis[0];
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "BENCHMARK history tab: first page of a customer among %,d lines: %.1f ms the first"
                + " time, median %.1f ms over %d customers%n", lines, first, millis[millis.length / 2], millis.length);
    }
}
