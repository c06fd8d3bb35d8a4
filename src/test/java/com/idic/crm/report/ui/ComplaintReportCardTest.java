package com.idic.crm.report.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.report.ReportJob;
import com.idic.crm.report.ReportJobs;
import com.idic.crm.report.ReportService;
import com.idic.crm.security.AppRoles;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ComplaintReportCardTest extends KaribuTest {

    @Autowired ReportService reports;
    @Autowired CrmI18NProvider i18n;

    @Test
    void theComplaintsWorkbookIsWrittenAndThenOffersItsDownload() {
        login("sla-boss", AppRoles.MANAGER);
        UI.getCurrent().navigate(ReportsView.class);
        ComplaintReportCard card = _get(ReportsView.class).complaints;
        assertThat(card.to.getValue()).as("up to today by default").isNotNull();

        _click(card.create);

        ReportJobItem item = _get(ReportJobItem.class);
        assertThat(item.job.title()).isEqualTo("Complaints & SLA");
        until(() -> item.job.state() == ReportJob.State.READY || item.job.state() == ReportJob.State.FAILED);
        MockVaadin.runUIQueue();
        assertThat(item.job.state()).as(String.valueOf(item.job.failure())).isEqualTo(ReportJob.State.READY);
        Anchor download = _get(item, Anchor.class);
        assertThat(download.getHref()).isNotBlank();
        assertThat(download.getElement().getTextRecursively()).startsWith("Download complaints-sla-");
        assertThat(item.job.file()).exists().isNotEmptyFile();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedWithoutAWorkbook() {
        login("sla-boss-2", AppRoles.ADMIN);
        UI.getCurrent().navigate(ReportsView.class);
        ComplaintReportCard card = _get(ReportsView.class).complaints;
        card.from.setValue(LocalDate.of(2024, 5, 1));
        card.to.setMin(null);
        card.to.setValue(LocalDate.of(2024, 4, 1));

        _click(card.create);

        assertThat(_find(ReportJobItem.class)).isEmpty();
    }

    @Test
    void theRequesterCancelsARunningWorkbook() {
        login("sla-stopper", AppRoles.MANAGER);
        ReportJob running = ReportJobs.endless(reports, i18n, "Endless " + System.nanoTime());
        until(() -> running.state() == ReportJob.State.RUNNING);
        UI.getCurrent().navigate(ReportsView.class);
        ReportJobItem item = _find(ReportJobItem.class).stream().filter(i -> i.job == running).findFirst().orElseThrow();
        assertThat(item.cancel.isVisible()).isTrue();

        _click(item.cancel);

        until(() -> running.state() == ReportJob.State.CANCELLED);
        MockVaadin.runUIQueue();
        assertThat(item.status.getText()).isEqualTo("Cancelled");
        assertThat(item.cancel.isVisible()).isFalse();
        assertThat(_find(item, Anchor.class)).as("nothing to download").isEmpty();
    }

    @Test
    void theCardSpeaksChinese() {
        login("sla-boss-zh", AppRoles.MANAGER);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(ReportsView.class);
        ComplaintReportCard card = _get(ReportsView.class).complaints;
        assertThat(card.from.getLabel()).isEqualTo("收到日期起");
        assertThat(card.assignee.getPlaceholder()).isEqualTo("全部处理人");
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
