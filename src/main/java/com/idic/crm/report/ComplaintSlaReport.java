package com.idic.crm.report;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.idic.crm.base.excel.CellKind;
import com.idic.crm.base.excel.CoverLine;
import com.idic.crm.base.excel.XlsxColumn;
import com.idic.crm.base.excel.XlsxSheet;
import com.idic.crm.base.excel.XlsxWorkbook;
import com.idic.crm.complaint.ComplaintCategoryRow;
import com.idic.crm.complaint.ComplaintChannel;
import com.idic.crm.complaint.ComplaintPriority;
import com.idic.crm.complaint.ComplaintQueries;
import com.idic.crm.complaint.ComplaintRecord;
import com.idic.crm.complaint.ComplaintRecords;
import com.idic.crm.complaint.ComplaintReportFilter;
import com.idic.crm.complaint.ComplaintReports;
import com.idic.crm.complaint.ComplaintSeverity;
import com.idic.crm.complaint.ComplaintStatus;
import com.idic.crm.complaint.RemedyType;
import com.idic.crm.complaint.SlaState;
import com.idic.crm.segmentation.Tier;
import org.springframework.stereotype.Component;

/**
 * The "Complaints & SLA" workbook (issue 9, report 2): a cover, one row per complaint received in the
 * period ("Complaints", oldest first) with both SLA verdicts and times, then the summaries of the same
 * complaints ({@link ComplaintSummaries}).
 */
@Component
class ComplaintSlaReport {

    private final ComplaintRecords records;
    private final ComplaintQueries queries;
    private final Clock clock;

    ComplaintSlaReport(ComplaintRecords records, ComplaintQueries queries, Clock clock) {
        this.records = records;
        this.queries = queries;
        this.clock = clock;
    }

    /** Refused with {@link IllegalArgumentException} (a message key) when the period ends before it starts. */
    ComplaintReportFilter checkedFilter(ComplaintReportParameters parameters) {
        if (parameters.receivedFrom() != null && parameters.receivedTo() != null
                && parameters.receivedTo().isBefore(parameters.receivedFrom())) {
            throw new IllegalArgumentException("report.complaints.badPeriod");
        }
        return new ComplaintReportFilter(startOf(parameters.receivedFrom()),
                parameters.receivedTo() == null ? null : startOf(parameters.receivedTo().plusDays(1)),
                parameters.tier(), parameters.assignee());
    }

    void write(ComplaintReportParameters parameters, ReportLabels labels, String generatedBy, ReportProgress progress,
               OutputStream out, Path tempDir) {
        ComplaintReportFilter filter = checkedFilter(parameters);
        long expected = Math.max(1, records.count(filter));
        List<ComplaintCategoryRow> categories = queries.categories();
        ComplaintTotals totals = new ComplaintTotals(clock.getZone());
        try (XlsxWorkbook workbook = new XlsxWorkbook(clock.getZone(), tempDir)) {
            XlsxSheet<ComplaintRecord> rows = workbook.dataSheet(labels.getTranslation("report.sheet.complaints"),
                    complaintColumns(labels, categories));
            long written = rows.writeAll((last, limit) -> {
                List<ComplaintRecord> chunk = records.chunkAfter(filter, last, limit);
                chunk.forEach(totals::add);
                return chunk;
            }, done -> progress.advanced(0.9 * Math.min(1.0, done / (double) expected)));
            rows.finish();
            new ComplaintSummaries(workbook, labels).write(totals, categories,
                    records.complainers(filter, ComplaintReports.REPEAT_MINIMUM));
            // the counts are known only now: the cover is written last and put in front
            workbook.coverSheet(labels.getTranslation("report.sheet.cover"), labels.getTranslation("report.complaints.title"),
                    cover(parameters, labels, generatedBy, written, totals));
            workbook.moveToFront(labels.getTranslation("report.sheet.cover"));
            workbook.write(out);
        }
        progress.advanced(1.0);
    }

    private List<CoverLine> cover(ComplaintReportParameters parameters, ReportLabels labels, String generatedBy,
                                  long complaints, ComplaintTotals totals) {
        String open = labels.getTranslation("report.complaints.openEnd");
        return List.of(
                parameters.receivedFrom() == null ? CoverLine.text(labels.getTranslation("report.complaints.receivedFrom"), open)
                        : new CoverLine(labels.getTranslation("report.complaints.receivedFrom"), parameters.receivedFrom(), CellKind.DATE),
                parameters.receivedTo() == null ? CoverLine.text(labels.getTranslation("report.complaints.receivedTo"), open)
                        : new CoverLine(labels.getTranslation("report.complaints.receivedTo"), parameters.receivedTo(), CellKind.DATE),
                CoverLine.text(labels.getTranslation("report.cover.tier"), parameters.tier() == null
                        ? labels.getTranslation("report.cover.allTiers") : labels.label("report.tier.", parameters.tier())),
                CoverLine.text(labels.getTranslation("report.complaints.assignee"), parameters.assignee() == null
                        ? labels.getTranslation("report.complaints.allAssignees") : parameters.assignee()),
                new CoverLine(labels.getTranslation("report.complaints.inReport"), complaints, CellKind.INTEGER),
                new CoverLine(labels.getTranslation("report.complaints.compliance"), totals.all.compliance(), CellKind.PERCENT),
                new CoverLine(labels.getTranslation("report.cover.dataAsOf"), LocalDateTime.now(clock), CellKind.DATE_TIME),
                new CoverLine(labels.getTranslation("report.cover.generatedAt"), LocalDateTime.now(clock), CellKind.DATE_TIME),
                CoverLine.text(labels.getTranslation("report.cover.generatedBy"), generatedBy));
    }

    /** Every field of a complaint, then both SLA targets, then the times the SLA counts. */
    static List<XlsxColumn<ComplaintRecord>> complaintColumns(ReportLabels labels, List<ComplaintCategoryRow> categories) {
        Map<Long, String> categoryNames = categories.stream()
                .collect(Collectors.toMap(ComplaintCategoryRow::id, c -> c.label(labels.locale())));
        Map<ComplaintStatus, String> statuses = labels.labels("complaint.status.", ComplaintStatus.class);
        Map<ComplaintChannel, String> channels = labels.labels("complaint.channel.", ComplaintChannel.class);
        Map<ComplaintPriority, String> priorities = labels.labels("complaint.priority.", ComplaintPriority.class);
        Map<ComplaintSeverity, String> severities = labels.labels("complaint.severity.", ComplaintSeverity.class);
        Map<RemedyType, String> remedies = labels.labels("complaint.remedy.", RemedyType.class);
        Map<SlaState, String> verdicts = labels.labels("complaint.sla.state.", SlaState.class);
        Map<Tier, String> tiers = labels.labels("report.tier.", Tier.class);
        String yes = labels.getTranslation("common.yes");
        String no = labels.getTranslation("common.no");
        return List.of(
                column(labels, "report.col.number", CellKind.INTEGER, 8, ComplaintRecord::id),
                column(labels, "report.col.receivedAt", CellKind.DATE_TIME, 0, ComplaintRecord::receivedAt),
                column(labels, "report.col.customer", CellKind.TEXT, 26, ComplaintRecord::customerName),
                column(labels, "report.col.subject", CellKind.TEXT, 30, ComplaintRecord::subject),
                column(labels, "report.col.description", CellKind.TEXT, 40, ComplaintRecord::description),
                column(labels, "report.col.channel", CellKind.TEXT, 11, r -> channels.get(r.channel())),
                column(labels, "report.col.priority", CellKind.TEXT, 9, r -> priorities.get(r.priority())),
                column(labels, "report.col.status", CellKind.TEXT, 16, r -> statuses.get(r.status())),
                column(labels, "report.col.category", CellKind.TEXT, 16, r -> r.categoryId() == null ? null : categoryNames.get(r.categoryId())),
                column(labels, "report.col.productOrOrder", CellKind.TEXT, 18, ComplaintRecord::productOrOrder),
                column(labels, "report.col.customerWants", CellKind.TEXT, 24, ComplaintRecord::customerWants),
                column(labels, "report.col.severity", CellKind.TEXT, 10, r -> label(severities, r.severity())),
                column(labels, "report.col.validityReason", CellKind.TEXT, 24, ComplaintRecord::validityReason),
                column(labels, "report.col.remedy", CellKind.TEXT, 12, r -> label(remedies, r.remedyType())),
                column(labels, "report.col.remedyAmount", CellKind.MONEY, 0, ComplaintRecord::remedyAmount),
                column(labels, "report.col.remedyNote", CellKind.TEXT, 24, ComplaintRecord::remedyNote),
                column(labels, "report.col.assignee", CellKind.TEXT, 12, ComplaintRecord::assignee),
                column(labels, "report.col.tier", CellKind.TEXT, 9, r -> label(tiers, r.valueTier())),
                column(labels, "report.col.escalated", CellKind.TEXT, 8, r -> r.escalated() ? yes : no),
                column(labels, "report.col.reopened", CellKind.INTEGER, 0, ComplaintRecord::reopenCount),
                column(labels, "report.col.duplicateOf", CellKind.INTEGER, 0, ComplaintRecord::duplicateOfId),
                column(labels, "report.col.createdBy", CellKind.TEXT, 12, ComplaintRecord::createdBy),
                column(labels, "report.col.firstResponseDue", CellKind.DATE_TIME, 0, ComplaintRecord::firstResponseDue),
                column(labels, "report.col.firstResponseAt", CellKind.DATE_TIME, 0, ComplaintRecord::firstResponseAt),
                column(labels, "report.col.firstResponseSla", CellKind.TEXT, 10, r -> verdicts.get(r.firstResponseSla())),
                column(labels, "report.col.resolutionDue", CellKind.DATE_TIME, 0, ComplaintRecord::resolutionDue),
                column(labels, "report.col.resolvedAt", CellKind.DATE_TIME, 0, ComplaintRecord::resolvedAt),
                column(labels, "report.col.resolutionSla", CellKind.TEXT, 10, r -> verdicts.get(r.resolutionSla())),
                column(labels, "report.col.closedAt", CellKind.DATE_TIME, 0, ComplaintRecord::closedAt),
                column(labels, "report.col.firstResponseMinutes", CellKind.INTEGER, 0, ComplaintRecord::firstResponseMinutes),
                column(labels, "report.col.resolutionMinutes", CellKind.INTEGER, 0, ComplaintRecord::resolutionMinutes),
                column(labels, "report.col.pauseMinutes", CellKind.INTEGER, 0, ComplaintRecord::pauseMinutes),
                column(labels, "report.col.satisfaction", CellKind.INTEGER, 0, ComplaintRecord::satisfaction),
                column(labels, "report.col.satisfactionComment", CellKind.TEXT, 24, ComplaintRecord::satisfactionComment));
    }

    private Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
    }

    private static XlsxColumn<ComplaintRecord> column(ReportLabels labels, String key, CellKind kind, int width,
                                                      Function<ComplaintRecord, Object> value) {
        return new XlsxColumn<>(labels.getTranslation(key), kind, width, value);
    }

    private static <E extends Enum<E>> String label(Map<E, String> labels, E value) {
        return value == null ? null : labels.get(value);
    }
}
