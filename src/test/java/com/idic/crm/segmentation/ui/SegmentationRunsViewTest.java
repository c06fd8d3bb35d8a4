package com.idic.crm.segmentation.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.idic.crm.customer.domain.CustomerRepository;
import com.idic.crm.order.domain.CustomerOrderRepository;
import com.idic.crm.security.AppRoles;
import com.idic.crm.segmentation.RunStarted;
import com.idic.crm.segmentation.RunStatus;
import com.idic.crm.segmentation.RunStep;
import com.idic.crm.segmentation.SegmentationRun;
import com.idic.crm.segmentation.SegmentationService;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class SegmentationRunsViewTest extends KaribuTest {

    @Autowired SegmentationService runs;
    @Autowired CustomerRepository customerRepository;
    @Autowired CustomerOrderRepository orderRepository;
    @Autowired Clock clock;
    @Autowired JdbcTemplate jdbc;

    ScoredFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void data() {
        fixtures = new ScoredFixtures(customerRepository, orderRepository);
        today = LocalDate.now(clock);
        fixtures.manyCustomers(3, today.minusDays(20));
        login("boss", AppRoles.MANAGER);
    }

    @Test
    void aStartedRunShowsItsProgressAndThenItsResults() {
        SegmentationRunsView view = open();

        _click(view.start);

        assertThat(view.progress.isVisible()).isTrue();
        assertThat(view.progressText.getText()).matches("Run #\\d+: .+");
        UiWait.until(() -> UiWait.notificationTexts().stream().anyMatch(text -> text.contains("finished")));
        assertThat(view.progress.isVisible()).isFalse();
        SegmentationRun newest = GridKt._get(view.grid, 0);
        assertThat(newest.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(newest.startedBy()).isEqualTo("boss");
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("#" + newest.id(), "boss");
        assertThat(UiWait.notificationTexts()).anyMatch(text -> text.equals(
                "Run #" + newest.id() + " finished: " + String.format("%,d", newest.customersScored()) + " customers scored."));

        GridKt._clickItem(view.grid, 0);
        SegmentsView segments = _get(SegmentsView.class);
        assertThat(segments.getElement().getTextRecursively()).contains("run #" + newest.id());
    }

    @Test
    void aSecondStartIsRefusedWithTheRunningOneNamed() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        RunStarted first = runs.start(null, (runId, step) -> {
            if (step == RunStep.AGGREGATING) {
                await(release);
            }
        });
        try {
            SegmentationRunsView view = open();
            assertThat(view.progressText.getText()).startsWith("Run #" + first.run().id() + " is in progress, started by boss");

            _click(view.start);

            assertThat(UiWait.notificationTexts()).anyMatch(text ->
                    text.startsWith("A run is already in progress: #" + first.run().id() + ", started by boss at "));
        } finally {
            release.countDown();
            first.finished().get(60, TimeUnit.SECONDS);
        }
        assertThat(runs.running()).isEmpty();
    }

    @Test
    void aFutureAnalysisDateIsRefusedAtTheField() {
        SegmentationRunsView view = open();
        long before = runs.runs(0, 1000).size();

        _setValue(view.analysisDate, today.plusDays(1));
        _click(view.start);

        assertThat(view.analysisDate.isInvalid()).isTrue();
        assertThat(view.analysisDate.getErrorMessage()).isEqualTo("The analysis date cannot be in the future.");
        assertThat(runs.runs(0, 1000)).hasSize((int) before);
    }

    @Test
    void aCancelledRunFailsWithItsReasonAndThePreviousResultsStay() throws Exception {
        SegmentationRun good = runs.runNow(today, (runId, step) -> { });
        assertThat(good.status()).isEqualTo(RunStatus.SUCCEEDED);
        CountDownLatch release = new CountDownLatch(1);
        RunStarted second = runs.start(null, (runId, step) -> {
            if (step == RunStep.AGGREGATING) {
                await(release);
            }
        });
        SegmentationRun failed;
        try {
            SegmentationRunsView view = open();
            _click(view.cancel);
            assertThat(UiWait.notificationTexts()).contains("Run #" + second.run().id() + " is asked to stop at its next step.");
        } finally {
            release.countDown();
            failed = second.finished().get(60, TimeUnit.SECONDS);
        }

        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(runs.latestSuccessfulRun()).map(SegmentationRun::id).contains(good.id());
        SegmentationRunsView view = open();
        assertThat(GridKt._get(view.grid, 0).id()).isEqualTo(failed.id());
        assertThat(GridKt._getFormattedRow(view.grid, 0)).anyMatch(cell -> cell.contains("Failed")).anyMatch(cell -> cell.contains("Cancelled by boss"));

        UI.getCurrent().navigate(SegmentsView.class);
        assertThat(_get(SegmentsView.class).getElement().getTextRecursively()).contains("run #" + good.id());
    }

    @Test
    void aRunTheDatabaseFailsShowsAReadableReasonAndThePreviousResultsStay() {
        SegmentationRun good = runs.runNow(today, (runId, step) -> { });
        assertThat(good.status()).isEqualTo(RunStatus.SUCCEEDED);
        long next = jdbc.queryForObject("SELECT AUTO_INCREMENT FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_name = 'segmentation_run'", Long.class);
        jdbc.execute("CREATE TABLE segmentation_score_" + next + " (squatter INT)");
        SegmentationRunsView view = open();

        _click(view.start);

        UiWait.until(() -> UiWait.notificationTexts().stream().anyMatch(text -> text.contains("failed")));
        String reason = "The database reported an error; the administrator finds the details in the server log.";
        assertThat(UiWait.notificationTexts()).contains("Run #" + next + " failed: " + reason
                + " The results of the previous run stay in use.");
        assertThat(GridKt._get(view.grid, 0).id()).isEqualTo(next);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).anyMatch(cell -> cell.contains("Failed")).contains(reason)
                .noneMatch(cell -> cell.contains("Exception") || cell.contains("segmentation_score"));
        assertThat(runs.latestSuccessfulRun()).map(SegmentationRun::id).contains(good.id());
        UI.getCurrent().navigate(SegmentsView.class);
        assertThat(_get(SegmentsView.class).getElement().getTextRecursively()).contains("run #" + good.id());
    }

    private SegmentationRunsView open() {
        UI.getCurrent().navigate(SegmentationRunsView.class);
        return _get(SegmentationRunsView.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
