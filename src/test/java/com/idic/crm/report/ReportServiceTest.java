package com.idic.crm.report;

import java.io.IOException;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
class ReportServiceTest {

    @Autowired
    ReportService reports;
    @Autowired
    CrmI18NProvider i18n;

    final AtomicInteger writing = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();

    @Test
    @WithMockUser(username = "queue-boss", roles = AppRoles.MANAGER)
    void atMostTwoAreWrittenAtOnceAndTheOthersWaitKnowingTheirPlace() {
        CountDownLatch release = new CountDownLatch(1);
        ReportLabels labels = new ReportLabels(i18n, Locale.ENGLISH);
        ReportService.Writer blocking = (progress, out) -> {
            mostAtOnce.accumulateAndGet(writing.incrementAndGet(), Math::max);
            progress.advanced(0.5);
            try {
                assertThat(release.await(60, TimeUnit.SECONDS)).isTrue();
                out.write(new byte[]{1, 2, 3});
            } catch (InterruptedException | IOException e) {
                throw new IllegalStateException(e);
            } finally {
                writing.decrementAndGet();
            }
        };
        List<ReportJob> jobs = List.of(reports.submit("A", "", "a.xlsx", labels, blocking),
                reports.submit("B", "", "b.xlsx", labels, blocking),
                reports.submit("C", "", "c.xlsx", labels, blocking),
                reports.submit("D", "", "d.xlsx", labels, blocking));

        // running, and told of their first progress (which comes a moment after the start)
        until(() -> jobs.get(0).progress() == 0.5 && jobs.get(1).progress() == 0.5);
        assertThat(jobs.get(1).state()).isEqualTo(ReportJob.State.RUNNING);
        assertThat(jobs.get(0).progress()).isEqualTo(0.5);
        assertThat(jobs.get(2).state()).isEqualTo(ReportJob.State.QUEUED);
        assertThat(jobs.get(2).waitingAhead()).isZero();
        assertThat(jobs.get(3).state()).isEqualTo(ReportJob.State.QUEUED);
        assertThat(jobs.get(3).waitingAhead()).isEqualTo(1);
        assertThat(i18n.getTranslation("report.job.queued", Locale.ENGLISH, jobs.get(3).waitingAhead()))
                .isEqualTo("Waiting: 1 workbook ahead");

        release.countDown();
        until(() -> jobs.stream().allMatch(job -> job.state() == ReportJob.State.READY));
        assertThat(mostAtOnce.get()).isEqualTo(ReportService.AT_ONCE);
        assertThat(jobs).allSatisfy(job -> assertThat(job.file()).exists().hasBinaryContent(new byte[]{1, 2, 3}));
        assertThat(reports.myReports()).extracting(ReportJob::title).contains("A", "B", "C", "D");
    }

    @Test
    @WithMockUser(username = "unlucky", roles = AppRoles.ADMIN)
    void aFailedReportSaysSoAndLeavesNoFile() {
        ReportJob job = reports.submit("Broken", "", "broken.xlsx", new ReportLabels(i18n, Locale.ENGLISH), (progress, out) -> {
            throw new IllegalStateException("disk full");
        });
        until(() -> job.state() == ReportJob.State.FAILED);
        assertThat(job.failure()).startsWith("The report could not be written.");
        assertThat(job.file()).isNull();
        assertThat(reports.myReports()).containsExactly(job);
    }

    @Test
    @WithMockUser(username = "marketer", roles = AppRoles.MARKETER)
    void onlyManagersAndAdministratorsAskForReports() {
        assertThatThrownBy(() -> reports.requestSegmentation(new SegmentationReportParameters(1, null, null), Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.myReports()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "boss", roles = AppRoles.MANAGER)
    void aRunWithoutScoresIsRefusedWithAReason() {
        assertThatThrownBy(() -> reports.requestSegmentation(new SegmentationReportParameters(-1, null, null), Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("report.segmentation.noScores");
    }

    static void until(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 60 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

}
