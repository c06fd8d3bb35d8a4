package com.idic.crm.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.base.excel.CellKind;
import com.idic.crm.base.excel.XlsxColumn;
import com.idic.crm.base.excel.XlsxSheet;
import com.idic.crm.base.excel.XlsxWorkbook;
import com.idic.crm.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static com.idic.crm.report.ReportServiceTest.until;
import static org.assertj.core.api.Assertions.assertThat;

/** A requester stops a report: a running one at its next chunk, a waiting one before it starts; nothing is left behind. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "stopper", roles = AppRoles.MANAGER)
class ReportCancelTest {

    @Autowired ReportService reports;
    @Autowired CrmI18NProvider i18n;

    @TempDir
    Path poiTemp;

    @Test
    void aRunningWorkbookStopsAndLeavesNeitherItsFileNorPoiTemporaryFiles() throws IOException {
        CountDownLatch writing = new CountDownLatch(1);
        ReportJob job = reports.submit("Endless", "", "endless.xlsx", labels(), (progress, out) -> {
            try (XlsxWorkbook workbook = new XlsxWorkbook(ZoneId.systemDefault(), poiTemp)) {
                XlsxSheet<Integer> sheet = workbook.dataSheet("Numbers", List.of(XlsxColumn.of("n", CellKind.INTEGER, n -> n)));
                // rows without end: only a cancel stops it
                sheet.writeAll((last, limit) -> IntStream.range(0, limit).boxed().toList(), rows -> {
                    writing.countDown();
                    progress.advanced(Math.min(0.99, rows / 1e9));
                });
                workbook.write(out);
            }
        });
        assertThat(awaitQuietly(writing)).isTrue();
        until(() -> job.state() == ReportJob.State.RUNNING);
        assertThat(tempFiles(poiTemp)).as("the streamed rows wait in a POI temporary file").isNotEmpty();

        assertThat(reports.cancel(job)).isTrue();

        until(() -> job.state() == ReportJob.State.CANCELLED);
        assertThat(job.file()).isNull();
        assertThat(job.finishedAt()).isNotNull();
        assertThat(tempFiles(reports.folder())).noneMatch(file -> file.getFileName().toString().startsWith(job.id()));
        assertThat(tempFiles(poiTemp)).as("POI's temporary files are deleted").isEmpty();
        assertThat(reports.cancel(job)).as("once stopped, nothing to cancel").isFalse();
    }

    @Test
    void aWaitingWorkbookNeverStartsAndTheOnesBehindMoveUp() {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean cancelledOneRan = new AtomicBoolean();
        ReportService.Writer blocking = (progress, out) -> awaitQuietly(release);
        List<ReportJob> running = List.of(reports.submit("A", "", "a.xlsx", labels(), blocking),
                reports.submit("B", "", "b.xlsx", labels(), blocking));
        ReportJob waiting = reports.submit("C", "", "c.xlsx", labels(), (progress, out) -> cancelledOneRan.set(true));
        ReportJob behind = reports.submit("D", "", "d.xlsx", labels(), blocking);
        until(() -> running.stream().allMatch(job -> job.state() == ReportJob.State.RUNNING));
        assertThat(behind.waitingAhead()).isEqualTo(1);

        assertThat(reports.cancel(waiting)).isTrue();

        assertThat(waiting.state()).isEqualTo(ReportJob.State.CANCELLED);
        assertThat(behind.waitingAhead()).as("moved up").isZero();
        release.countDown();
        until(() -> behind.state() == ReportJob.State.READY);
        assertThat(cancelledOneRan).isFalse();
        assertThat(waiting.state()).isEqualTo(ReportJob.State.CANCELLED);
    }

    @Test
    void onlyTheRequesterCancels() {
        CountDownLatch release = new CountDownLatch(1);
        ReportJob job = reports.submit("Mine", "", "mine.xlsx", labels(), (progress, out) -> awaitQuietly(release));
        var me = SecurityContextHolder.getContext().getAuthentication();
        try {
            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("someone-else", "x",
                    List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.MANAGER))));
            assertThat(reports.cancel(job)).isFalse();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(me);
            release.countDown();
        }
        until(() -> job.state() == ReportJob.State.READY);
    }

    private ReportLabels labels() {
        return new ReportLabels(i18n, Locale.ENGLISH);
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<Path> tempFiles(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return Collections.emptyList();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
