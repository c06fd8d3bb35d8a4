package com.idic.crm.segmentation;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.idic.crm.importing.ImportService;
import com.idic.crm.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs as a caller sees them: background start, one at a time, atomic results, roles. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "max", roles = "MANAGER")
class SegmentationServiceTest {

    @Autowired
    SegmentationService service;
    @Autowired
    SegmentationResults results;
    @Autowired
    ImportService imports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @TempDir
    Path dir;

    @BeforeEach
    void workedExampleCustomers() {
        SystemAuthentication.run(() -> WorkedExample.importInto(imports, dir));
    }

    @Test
    void aRunStartedInTheBackgroundReportsItsStepsAndPublishesItsResults() throws Exception {
        List<RunStep> steps = new CopyOnWriteArrayList<>();
        RunStarted started = service.start(WorkedExample.ANALYSIS_DATE, (id, step) -> steps.add(step));
        assertThat(started.run().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(started.run().startedBy()).isEqualTo("max");

        SegmentationRun finished = started.finished().get(2, TimeUnit.MINUTES);

        assertThat(finished.status()).as(String.valueOf(finished.failure())).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(finished.finishedAt()).isAfterOrEqualTo(finished.startedAt());
        assertThat(steps).containsExactly(RunStep.AGGREGATING, RunStep.SCORING, RunStep.INDEXING,
                RunStep.SUMMARIZING, RunStep.PUBLISHING, RunStep.DONE);
        assertThat(service.latestSuccessfulRun()).map(SegmentationRun::id).contains(finished.id());
        long p0000 = customerId("P0000");
        assertThat(results.latestScoreOf(p0000)).hasValueSatisfying(score -> {
            assertThat(score.rfmCode()).isEqualTo("445");
            assertThat(score.analysisDate()).isEqualTo(WorkedExample.ANALYSIS_DATE);
        });
        CompanyFigures figures = results.figures(finished.id()).orElseThrow();
        assertThat(figures.customers()).isEqualTo(finished.customersScored());
        assertThat(results.shares(finished.id(), GroupDimension.TIER)).extracting(GroupShare::group)
                .containsExactly("PLATINUM", "GOLD", "IRON", "LEAD");
        assertThat(results.rfmGrid(finished.id())).hasSize(25);
    }

    @Test
    void aFailedRunLeavesThePreviousResultsAndSaysWhy() {
        SegmentationRun good = service.runNow(WorkedExample.ANALYSIS_DATE, RunProgress.NONE);
        assertThat(good.status()).isEqualTo(RunStatus.SUCCEEDED);

        SegmentationRun failed = service.runNow(LocalDate.of(2025, 1, 31), (id, step) -> {
            if (step == RunStep.INDEXING) {
                service.cancel(id);
            }
        });

        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.failure()).isEqualTo(RunFailure.CANCELLED);
        assertThat(failed.cancelledBy()).isEqualTo("max");
        assertThat(service.latestSuccessfulRun()).map(SegmentationRun::id).contains(good.id());
        assertThat(results.latestScoreOf(customerId("P0000"))).map(CustomerScore::runId).contains(good.id());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_name = ?", Long.class, "segmentation_score_" + failed.id())).isZero();
    }

    @Test
    void aRunTheDatabaseRefusesToCompleteFailsAndLeavesThePreviousResults() {
        SegmentationRun good = service.runNow(WorkedExample.ANALYSIS_DATE, RunProgress.NONE);
        assertThat(good.status()).isEqualTo(RunStatus.SUCCEEDED);
        // a real database error in the middle of the next run: its score table's name is taken
        long next = jdbc.queryForObject("SELECT AUTO_INCREMENT FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_name = 'segmentation_run'", Long.class);
        jdbc.execute("CREATE TABLE segmentation_score_" + next + " (squatter INT)");

        SegmentationRun failed = service.runNow(LocalDate.of(2025, 1, 31), RunProgress.NONE);

        assertThat(failed.id()).isEqualTo(next);
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.failure()).isEqualTo(RunFailure.DATABASE_ERROR);
        assertThat(failed.finishedAt()).isNotNull();
        assertThat(service.latestSuccessfulRun()).map(SegmentationRun::id).contains(good.id());
        assertThat(results.latestScoreOf(customerId("P0000"))).hasValueSatisfying(score -> {
            assertThat(score.runId()).isEqualTo(good.id());
            assertThat(score.rfmCode()).isEqualTo("445");
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM segmentation_cube WHERE run_id = ?", Long.class,
                failed.id())).isZero();
        // the lock is free again: the next run works
        assertThat(service.runNow(WorkedExample.ANALYSIS_DATE, RunProgress.NONE).status()).isEqualTo(RunStatus.SUCCEEDED);
    }

    @Test
    void aSecondStartIsRefusedNamingTheRunningOneAlsoFromAnotherNode() throws Exception {
        // another node: holds the run lock on its own connection and has its run row
        jdbc.update("INSERT INTO segmentation_run (analysis_date, settings, started_by, started_at, status)"
                + " VALUES ('2025-06-15', '', 'otto', NOW(6), 'RUNNING')");
        long otherId = jdbc.queryForObject("SELECT MAX(id) FROM segmentation_run", Long.class);
        try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement()) {
            try (ResultSet lock = statement.executeQuery(
                    "SELECT GET_LOCK(CONCAT('idic-crm-segmentation:', DATABASE()), 0)")) {
                lock.next();
                assertThat(lock.getInt(1)).isEqualTo(1);
            }
            assertThat(service.running()).map(SegmentationRun::id).contains(otherId);

            assertThatThrownBy(() -> service.start(null, RunProgress.NONE))
                    .isInstanceOfSatisfying(RunRefusedException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo(RunRefusedException.ALREADY_RUNNING);
                        assertThat(e.running()).map(SegmentationRun::startedBy).contains("otto");
                        assertThat(e.getMessage()).contains("Run " + otherId).contains("otto");
                    });
            statement.execute("DO RELEASE_LOCK(CONCAT('idic-crm-segmentation:', DATABASE()))");
        }
        // the other node is gone without finishing: the next start marks its run interrupted
        SegmentationRun next = service.runNow(WorkedExample.ANALYSIS_DATE, RunProgress.NONE);
        assertThat(next.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(service.run(otherId)).hasValueSatisfying(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.FAILED);
            assertThat(run.failure()).isEqualTo(RunFailure.INTERRUPTED);
        });
    }

    @Test
    void anAnalysisDateInTheFutureIsRefused() {
        assertThatThrownBy(() -> service.start(LocalDate.now().plusDays(2), RunProgress.NONE))
                .isInstanceOfSatisfying(RunRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(RunRefusedException.FUTURE_DATE));
    }

    @Test
    void aManualLifecycleStageWinsAtOnceAndInTheNextRun() {
        service.runNow(WorkedExample.ANALYSIS_DATE, RunProgress.NONE);
        long customer = customerId("P0000");
        service.overrideLifecycle(customer, LifecycleStage.DECLINE, "Lost the framework contract");
        assertThat(results.latestScoreOf(customer)).hasValueSatisfying(score -> {
            assertThat(score.stage()).isEqualTo(LifecycleStage.DECLINE);
            assertThat(score.computedStage()).isEqualTo(LifecycleStage.GROWTH);
            assertThat(score.stageOverridden()).isTrue();
        });
        service.runNow(WorkedExample.ANALYSIS_DATE, RunProgress.NONE);
        assertThat(results.latestScoreOf(customer)).map(CustomerScore::stage).contains(LifecycleStage.DECLINE);
        assertThat(service.lifecycleOverride(customer)).map(LifecycleOverride::setBy).contains("max");

        service.clearLifecycleOverride(customer);
        assertThat(results.latestScoreOf(customer)).map(CustomerScore::stage).contains(LifecycleStage.GROWTH);
        assertThatThrownBy(() -> service.overrideLifecycle(customer, LifecycleStage.DECLINE, " "))
                .hasMessage(SegmentationService.REASON_REQUIRED);
    }

    @Test
    @WithMockUser(username = "sam", roles = "SERVICE_DESK")
    void theServiceDeskReadsACustomersOwnScoreButCannotStartRunsOrReadTheCompanysFigures() {
        assertThatThrownBy(() -> service.start(null, RunProgress.NONE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.runs(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> results.page(ScoreFilter.all(), ScoreSort.PROFIT_RANK, true, 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> results.figures(1)).isInstanceOf(AccessDeniedException.class);
        assertThat(results.latestScoreOf(customerId("P0000"))).isNotNull();
    }

    @Test
    @WithMockUser(username = "marta", roles = "MARKETER")
    void aMarketerReadsResultsButCannotStartARun() {
        assertThatThrownBy(() -> service.runNow(null, RunProgress.NONE)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.runs(0, 10)).isNotNull();
    }

    private long customerId(String externalId) {
        return jdbc.queryForObject("SELECT id FROM customer WHERE external_id = ?", Long.class, externalId);
    }
}
