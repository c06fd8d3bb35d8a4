package com.idic.crm.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.customization.PipelineFilter;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.idic.crm.segmentation.SegmentationRun;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

/**
 * Reports written in the background, at most {@link #AT_ONCE} at a time (each one reads a run's every row
 * and keeps a processor busy); further requests wait in a queue and know how many are ahead of them.
 * A written workbook is kept for {@link #KEPT_FOR} for its requester to download, then deleted.
 */
@Service
public class ReportService {

    public static final int AT_ONCE = 2;
    static final Duration KEPT_FOR = Duration.ofHours(2);
    private static final Logger log = LoggerFactory.getLogger(ReportService.class);

    /** What writes one workbook. */
    interface Writer {
        void write(ReportProgress progress, OutputStream out);
    }

    private final SegmentationReport segmentation;
    private final DataQualityReport dataQuality;
    private final PipelineReport pipeline;
    private final ComplaintSlaReport complaints;
    private final CrmI18NProvider i18n;
    private final Clock clock;
    private final Path folder;
    private final List<ReportJob> jobs = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedDeque<ReportJob> queue = new ConcurrentLinkedDeque<>();
    private final ExecutorService writers = new ThreadPoolExecutor(AT_ONCE, AT_ONCE, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), new Threads());

    ReportService(SegmentationReport segmentation, DataQualityReport dataQuality, ComplaintSlaReport complaints,
                  PipelineReport pipeline, CrmI18NProvider i18n, Clock clock) throws IOException {
        this.segmentation = segmentation;
        this.dataQuality = dataQuality;
        this.complaints = complaints;
        this.pipeline = pipeline;
        this.i18n = i18n;
        this.clock = clock;
        this.folder = Files.createTempDirectory("crm-reports-");
    }

    /**
     * Queues the customer segmentation workbook of a run, in {@code locale}. Refused with
     * {@link IllegalArgumentException} (a message key) when the run has no scores.
     */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public ReportJob requestSegmentation(SegmentationReportParameters parameters, Locale locale) {
        SegmentationRun run = segmentation.checkedRun(parameters.runId());
        ReportLabels labels = new ReportLabels(i18n, locale);
        String user = CurrentUser.usernameOrSystem();
        String description = labels.getTranslation("report.segmentation.description", String.valueOf(run.id()), run.analysisDate().toString(),
                parameters.region() == null ? labels.getTranslation("report.cover.allRegions") : parameters.region(),
                parameters.tier() == null ? labels.getTranslation("report.cover.allTiers") : labels.label("report.tier.", parameters.tier()));
        String fileName = "customer-segmentation-run-" + run.id() + "-" + LocalDate.now(clock) + ".xlsx";
        return submit(labels.getTranslation("report.segmentation.title"), description, fileName, labels,
                (progress, out) -> segmentation.write(parameters, labels, user, progress, out, null));
    }

    /** Queues the "Customers & data quality" workbook, in {@code locale}. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public ReportJob requestDataQuality(Locale locale) {
        ReportLabels labels = new ReportLabels(i18n, locale);
        String user = CurrentUser.usernameOrSystem();
        return submit(labels.getTranslation("report.quality.title"),
                labels.getTranslation("report.quality.description", String.valueOf(dataQuality.staleAfterDays())),
                "customers-data-quality-" + LocalDate.now(clock) + ".xlsx", labels,
                (progress, out) -> dataQuality.write(labels, user, progress, out, null));
    }

    /**
     * Queues the "Complaints & SLA" workbook, in {@code locale}. Refused with {@link IllegalArgumentException}
     * (a message key) when the period ends before it starts.
     */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public ReportJob requestComplaints(ComplaintReportParameters parameters, Locale locale) {
        complaints.checkedFilter(parameters);
        ReportLabels labels = new ReportLabels(i18n, locale);
        String user = CurrentUser.usernameOrSystem();
        String any = labels.getTranslation("report.complaints.openEnd");
        String description = labels.getTranslation("report.complaints.description",
                parameters.receivedFrom() == null ? any : parameters.receivedFrom().toString(),
                parameters.receivedTo() == null ? any : parameters.receivedTo().toString(),
                parameters.tier() == null ? labels.getTranslation("report.cover.allTiers") : labels.label("report.tier.", parameters.tier()),
                parameters.assignee() == null ? labels.getTranslation("report.complaints.allAssignees") : parameters.assignee());
        return submit(labels.getTranslation("report.complaints.title"), description,
                "complaints-sla-" + LocalDate.now(clock) + ".xlsx", labels,
                (progress, out) -> complaints.write(parameters, labels, user, progress, out, null));
    }

    /**
     * Stops one of the caller's reports: a waiting one never starts, a running one stops after the chunk of
     * rows it is writing, and its file and the workbook's temporary files are deleted. False when the report
     * is not the caller's or is no longer waiting or being written.
     */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public boolean cancel(ReportJob job) {
        if (!job.requestedBy().equals(CurrentUser.usernameOrSystem()) || !jobs.contains(job) || !job.requestCancel()) {
            return false;
        }
        if (queue.remove(job)) {
            job.cancelled(clock.instant());
            queue.forEach(waiting -> waiting.waiting(ahead(waiting)));
        }
        return true;
    }

    /** Queues the "Customization pipeline" workbook of the requests the filter selects, in {@code locale}. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public ReportJob requestPipeline(PipelineFilter filter, Locale locale) {
        ReportLabels labels = new ReportLabels(i18n, locale);
        String user = CurrentUser.usernameOrSystem();
        String description = labels.getTranslation("report.pipeline.description", filter.from().toString(), filter.to().toString(),
                filter.tier() == null ? labels.getTranslation("report.cover.allTiers") : labels.label("report.tier.", filter.tier()),
                filter.owner() == null ? labels.getTranslation("report.pipeline.allOwners") : filter.owner());
        return submit(labels.getTranslation("report.pipeline.title"), description,
                "customization-pipeline-" + filter.from() + "-" + filter.to() + ".xlsx", labels,
                (progress, out) -> pipeline.write(filter, labels, user, progress, out, null));
    }

    /** The caller's reports of the last hours, newest first. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public List<ReportJob> myReports() {
        forgetOldReports();
        String user = CurrentUser.usernameOrSystem();
        return jobs.stream().filter(job -> job.requestedBy().equals(user))
                .sorted(Comparator.comparing(ReportJob::requestedAt).reversed()).toList();
    }

    synchronized ReportJob submit(String title, String description, String fileName, ReportLabels labels, Writer writer) {
        forgetOldReports();
        ReportJob job = new ReportJob(title, description, fileName, CurrentUser.usernameOrSystem(), clock.instant());
        jobs.add(job);
        queue.add(job);
        job.waiting(ahead(job));
        // the requester's rights travel with the work: the services it reads check them
        writers.execute(new DelegatingSecurityContextRunnable(() -> run(job, labels, writer)));
        return job;
    }

    private void run(ReportJob job, ReportLabels labels, Writer writer) {
        queue.remove(job);
        if (job.cancelRequested()) {
            job.cancelled(clock.instant());
            return;
        }
        job.started();
        queue.forEach(waiting -> waiting.waiting(ahead(waiting)));
        Path file = folder.resolve(job.id() + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(done -> {
                if (job.cancelRequested()) {
                    throw new CancellationException("Cancelled by " + job.requestedBy());
                }
                job.advanced(done);
            }, out);
        } catch (IOException | RuntimeException e) {
            if (job.cancelRequested()) {
                deleteQuietly(file);
                job.cancelled(clock.instant());
                return;
            }
            log.warn("Report {} failed", job.title(), e);
            deleteQuietly(file);
            String key = e instanceof IllegalArgumentException && i18n.hasKey(e.getMessage()) ? e.getMessage() : "report.failed";
            job.failed(labels.getTranslation(key), clock.instant());
            return;
        }
        if (!job.ready(file, clock.instant())) {
            deleteQuietly(file);
            job.cancelled(clock.instant());
        }
    }

    /** Where written workbooks wait for their download. */
    Path folder() {
        return folder;
    }

    /** Queued reports requested before this one: the queue is first come, first served. */
    private int ahead(ReportJob job) {
        int ahead = 0;
        for (ReportJob waiting : queue) {
            if (waiting == job) {
                break;
            }
            ahead++;
        }
        return ahead;
    }

    private void forgetOldReports() {
        Instant limit = clock.instant().minus(KEPT_FOR);
        for (ReportJob job : jobs) {
            if (job.finishedAt() != null && job.finishedAt().isBefore(limit)) {
                jobs.remove(job);
                if (job.file() != null) {
                    deleteQuietly(job.file());
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        writers.shutdownNow();
        jobs.stream().map(ReportJob::file).filter(java.util.Objects::nonNull).forEach(ReportService::deleteQuietly);
        deleteQuietly(folder);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Cannot delete {}", file, e);
        }
    }

    private static final class Threads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger number = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "crm-report-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
