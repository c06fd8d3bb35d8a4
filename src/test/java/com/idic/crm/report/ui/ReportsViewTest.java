package com.idic.crm.report.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.idic.crm.base.ui.AccessDeniedView;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.domain.Customer;
import com.idic.crm.customer.domain.CustomerRepository;
import com.idic.crm.order.domain.CustomerOrder;
import com.idic.crm.order.domain.CustomerOrderRepository;
import com.idic.crm.report.ReportJob;
import com.idic.crm.security.AppRoles;
import com.idic.crm.segmentation.RunProgress;
import com.idic.crm.segmentation.RunStatus;
import com.idic.crm.segmentation.SegmentationRun;
import com.idic.crm.segmentation.SegmentationService;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ReportsViewTest extends KaribuTest {

    @Autowired SegmentationService runs;
    @Autowired CustomerRepository customers;
    @Autowired CustomerOrderRepository orders;
    @Autowired Clock clock;

    @Test
    void aRequestedWorkbookIsWrittenInTheBackgroundAndThenOffersItsDownload() {
        login("report-boss", AppRoles.MANAGER);
        SegmentationRun run = scoredRun();
        UI.getCurrent().navigate(ReportsView.class);
        ReportsView view = _get(ReportsView.class);
        assertThat(view.run.getValue().id()).as("the newest run is chosen").isEqualTo(run.id());

        _click(view.createSegmentation);

        ReportJobItem item = _get(ReportJobItem.class);
        until(() -> item.job.state() == ReportJob.State.READY);
        MockVaadin.runUIQueue();
        Anchor download = _get(item, Anchor.class);
        assertThat(download.getHref()).isNotBlank();
        assertThat(download.getElement().getTextRecursively()).startsWith("Download customer-segmentation-run-" + run.id());
        assertThat(item.status.getText()).isEqualTo("Ready");
        assertThat(item.job.file()).exists().isNotEmptyFile();
    }

    @Test
    void theDataQualityWorkbookToo() {
        login("quality-boss", AppRoles.ADMIN);
        UI.getCurrent().navigate(ReportsView.class);
        _click(_get(ReportsView.class).createDataQuality);

        ReportJobItem item = _get(ReportJobItem.class);
        assertThat(item.job.title()).isEqualTo("Customers & data quality");
        until(() -> item.job.state() == ReportJob.State.READY);
        MockVaadin.runUIQueue();
        assertThat(_get(item, Anchor.class).getElement().getTextRecursively()).startsWith("Download customers-data-quality-");
    }

    @Test
    void theCustomizationPipelineWorkbookOfAPeriod() {
        login("pipeline-boss", AppRoles.MANAGER);
        UI.getCurrent().navigate(ReportsView.class);
        PipelineReportCard card = _get(ReportsView.class).pipeline;
        assertThat(card.to.getValue()).as("up to today by default").isEqualTo(LocalDate.now(clock));
        card.from.setValue(LocalDate.of(2024, 1, 1));
        card.to.setValue(LocalDate.of(2024, 6, 30));

        _click(card.create);

        ReportJobItem item = _get(ReportJobItem.class);
        assertThat(item.job.title()).isEqualTo("Customization pipeline");
        until(() -> item.job.state() == ReportJob.State.READY);
        MockVaadin.runUIQueue();
        assertThat(_get(item, Anchor.class).getElement().getTextRecursively())
                .isEqualTo("Download customization-pipeline-2024-01-01-2024-06-30.xlsx");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        login("pipeline-boss-2", AppRoles.ADMIN);
        UI.getCurrent().navigate(ReportsView.class);
        PipelineReportCard card = _get(ReportsView.class).pipeline;
        card.from.setValue(LocalDate.of(2024, 6, 30));
        card.to.setValue(LocalDate.of(2024, 1, 1));

        _click(card.create);

        _assertNone(ReportJobItem.class);
        NotificationsKt.expectNotifications("Choose a period whose start is not after its end.");
    }

    @Test
    void theViewSpeaksChinese() {
        login("report-boss-zh", AppRoles.ADMIN);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(ReportsView.class);
        ReportsView view = _get(ReportsView.class);
        assertThat(view.createSegmentation.getText()).isEqualTo("生成工作簿");
        assertThat(view.tier.getLabel()).isEqualTo("层级");
    }

    @Test
    void serviceDeskAndMarketersCannotOpenTheReports() {
        for (String role : new String[]{AppRoles.SERVICE_DESK, AppRoles.MARKETER}) {
            login("no-reports", role);
            UI.getCurrent().navigate(ReportsView.class);
            _assertOne(AccessDeniedView.class);
            _assertNone(ReportsView.class);
        }
    }

    private SegmentationRun scoredRun() {
        LocalDate today = LocalDate.now(clock);
        String tag = "Rp" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        for (int i = 1; i <= 3; i++) {
            long id = customers.save(new Customer(CustomerType.INDIVIDUAL, tag + " " + i, LocalDate.of(2020, 1, 1))).getId();
            orders.save(new CustomerOrder(tag + "-" + i, id, today.minusDays(10 * i), new BigDecimal(100 * i), new BigDecimal("40")));
        }
        SegmentationRun run = runs.runNow(null, RunProgress.NONE);
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        return run;
    }

    private static void until(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!condition.getAsBoolean()) {
            MockVaadin.runUIQueue();
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 120 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
