package com.idic.crm.segmentation;

import java.util.List;

import com.idic.crm.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** A new install with demo data: by the time the application is ready, its first run has succeeded. */
@SpringBootTest(properties = {TestDatabase.OWN_DATABASE + "=firststart", "crm.demo-data.enabled=true",
        "crm.demo-data.customers=300", "crm.demo-data.orders=4000"})
@ActiveProfiles("test")
@WithMockUser(username = "max", roles = "MANAGER")
class FirstStartRunTest {

    @Autowired
    SegmentationService service;
    @Autowired
    SegmentationResults results;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoCompanyHasOneSucceededRunWithScoresForEveryCustomer() {
        List<SegmentationRun> runs = service.runs(0, 10);

        assertThat(runs).hasSize(1);
        SegmentationRun first = runs.get(0);
        assertThat(first.status()).as(String.valueOf(first.failure())).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(first.startedBy()).isNotBlank();
        assertThat(service.latestSuccessfulRun()).map(SegmentationRun::id).contains(first.id());
        long customers = jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE merged_into_id IS NULL", Long.class);
        assertThat(customers).isPositive();
        assertThat(first.customersScored()).isEqualTo(customers);
        assertThat(first.customersWithOrders()).isPositive();
        assertThat(results.page(ScoreFilter.all(), ScoreSort.PROFIT_RANK, true, 0, 5))
                .hasSize(5).allSatisfy(score -> {
                    assertThat(score.runId()).isEqualTo(first.id());
                    assertThat(score.tier()).isNotNull();
                    assertThat(score.rfmCode()).matches("[1-5]{3}");
                });
        assertThat(results.shares(first.id(), GroupDimension.TIER)).extracting(GroupShare::customers)
                .allSatisfy(count -> assertThat(count).isNotNegative());
    }
}
