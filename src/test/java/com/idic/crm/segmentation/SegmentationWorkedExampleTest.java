package com.idic.crm.segmentation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.idic.crm.importing.ImportKind;
import com.idic.crm.importing.ImportProgress;
import com.idic.crm.importing.ImportResult;
import com.idic.crm.importing.ImportService;
import com.idic.crm.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worked example of DOMAIN.md section 6, end to end: imported through the import service into a
 * database of its own (every rank depends on all customers), run at 2025-06-15, and every customer and
 * column matched.
 */
@SpringBootTest(properties = TestDatabase.OWN_DATABASE + "=workedexample")
@ActiveProfiles("test")
@WithMockUser(username = "anna", roles = "MANAGER")
class SegmentationWorkedExampleTest {

    @Autowired
    ImportService imports;
    @Autowired
    SegmentationService segmentation;
    @Autowired
    SegmentationResults results;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void theSqlRunReproducesEveryCustomerAndColumnOfTheWorkedExample() throws IOException {
        assertThat(importFile(ImportKind.CUSTOMERS, "customers.csv").inserted()).isEqualTo(150);
        assertThat(importFile(ImportKind.ORDERS, "orders.csv").inserted()).isEqualTo(2975);

        SegmentationRun run = segmentation.runNow(WorkedExample.ANALYSIS_DATE, RunProgress.NONE);

        assertThat(run.status()).as(String.valueOf(run.failure())).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.analysisDate()).isEqualTo(WorkedExample.ANALYSIS_DATE);
        assertThat(run.startedBy()).isEqualTo("anna");
        assertThat(run.customersScored()).isEqualTo(150);
        Map<Long, String> externalIds = new HashMap<>();
        jdbc.query("SELECT id, external_id FROM customer", row -> {
            externalIds.put(row.getLong(1), row.getString(2));
        });
        List<CustomerScore> scores = results.page(ScoreFilter.all(), ScoreSort.PROFIT_RANK, true, 0, 1000);
        assertThat(scores).hasSize(150);
        Map<String, CustomerScore> byExternalId = new HashMap<>();
        scores.forEach(score -> byExternalId.put(externalIds.get(score.customerId()), score));
        assertThat(WorkedExample.differences(byExternalId)).isEmpty();
    }

    private ImportResult importFile(ImportKind kind, String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = WorkedExample.open(name)) {
            Files.copy(in, file);
        }
        ImportResult result = imports.importFile(kind, file, name, ImportProgress.NONE);
        assertThat(result.succeeded()).as(result.toString()).isTrue();
        return result;
    }
}
