package com.idic.crm.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.idic.crm.base.excel.CellKind;
import com.idic.crm.base.excel.XlsxCharts;
import com.idic.crm.base.excel.XlsxColumn;
import com.idic.crm.base.excel.XlsxSummarySheet;
import com.idic.crm.base.excel.XlsxWorkbook;
import com.idic.crm.complaint.Complainer;
import com.idic.crm.complaint.ComplaintCategoryRow;
import com.idic.crm.complaint.ComplaintChannel;
import com.idic.crm.complaint.ComplaintPriority;
import com.idic.crm.complaint.ComplaintStatus;
import com.idic.crm.segmentation.Tier;

/**
 * The summary sheets of the "Complaints & SLA" workbook: SLA compliance, the same figures by status,
 * category, channel, priority, tier and month (with the monthly trend chart), and the repeat complainers.
 */
final class ComplaintSummaries {

    /** Months listed at most when the period's empty months are filled in (twenty years). */
    private static final int MAX_MONTHS = 240;

    record GroupLine(String group, ComplaintTotals.Group figures) {
    }

    private final XlsxWorkbook workbook;
    private final ReportLabels labels;

    ComplaintSummaries(XlsxWorkbook workbook, ReportLabels labels) {
        this.workbook = workbook;
        this.labels = labels;
    }

    void write(ComplaintTotals totals, List<ComplaintCategoryRow> categories, List<Complainer> complainers) {
        sla(totals);
        groups("report.sheet.byStatus", "report.complaints.byStatus", "report.col.status",
                Arrays.stream(ComplaintStatus.values()).filter(totals.byStatus::containsKey)
                        .map(s -> new GroupLine(labels.label("complaint.status.", s), totals.byStatus.get(s))).toList());
        List<GroupLine> byCategory = new ArrayList<>();
        categories.stream().filter(c -> totals.byCategory.containsKey(c.id()))
                .forEach(c -> byCategory.add(new GroupLine(c.label(labels.locale()), totals.byCategory.get(c.id()))));
        if (totals.byCategory.containsKey(null)) {
            byCategory.add(new GroupLine(text("report.complaints.noCategory"), totals.byCategory.get(null)));
        }
        groups("report.sheet.byCategory", "report.complaints.byCategory", "report.col.category", byCategory);
        groups("report.sheet.byChannel", "report.complaints.byChannel", "report.col.channel",
                Arrays.stream(ComplaintChannel.values()).filter(totals.byChannel::containsKey)
                        .map(c -> new GroupLine(labels.label("complaint.channel.", c), totals.byChannel.get(c))).toList());
        List<ComplaintPriority> urgentFirst = new ArrayList<>(List.of(ComplaintPriority.values()));
        java.util.Collections.reverse(urgentFirst);
        groups("report.sheet.byPriority", "report.complaints.byPriority", "report.col.priority",
                urgentFirst.stream().filter(totals.byPriority::containsKey)
                        .map(p -> new GroupLine(labels.label("complaint.priority.", p), totals.byPriority.get(p))).toList());
        List<GroupLine> byTier = new ArrayList<>(Arrays.stream(Tier.values()).filter(totals.byTier::containsKey)
                .map(t -> new GroupLine(labels.label("report.tier.", t), totals.byTier.get(t))).toList());
        if (totals.byTier.containsKey(null)) {
            byTier.add(new GroupLine(text("report.complaints.noTier"), totals.byTier.get(null)));
        }
        groups("report.sheet.byTier", "report.complaints.byTier", "report.col.tier", byTier);
        months(totals.byMonth);
        repeatComplainers(complainers);
    }

    private void sla(ComplaintTotals totals) {
        ComplaintTotals.Group all = totals.all;
        XlsxSummarySheet sheet = workbook.summarySheet(text("report.sheet.sla"));
        sheet.title(text("report.complaints.slaTitle"));
        sheet.blankRow();
        sheet.keyValue(text("report.complaints.count"), all.complaints, CellKind.INTEGER);
        sheet.keyValue(text("report.complaints.open"), all.open, CellKind.INTEGER);
        sheet.keyValue(text("report.complaints.resolved"), all.resolved, CellKind.INTEGER);
        sheet.keyValue(text("report.complaints.withinSla"), all.withinSla, CellKind.INTEGER);
        sheet.keyValue(text("report.complaints.compliance"), all.compliance(), CellKind.PERCENT);
        sheet.blankRow();
        sheet.heading(text("report.complaints.perTarget"));
        sheet.keyValue(text("report.complaints.firstResponseMet"), all.firstResponseMet, CellKind.INTEGER);
        sheet.keyValue(text("report.complaints.firstResponseBreached"), all.firstResponseBreached, CellKind.INTEGER);
        sheet.keyValue(text("report.complaints.firstResponseCompliance"), all.firstResponseCompliance(), CellKind.PERCENT);
        sheet.keyValue(text("report.complaints.resolutionMet"), all.resolutionMet, CellKind.INTEGER);
        sheet.keyValue(text("report.complaints.resolutionBreached"), all.resolutionBreached, CellKind.INTEGER);
        sheet.keyValue(text("report.complaints.resolutionCompliance"), all.resolutionCompliance(), CellKind.PERCENT);
        sheet.blankRow();
        sheet.keyValue(text("report.complaints.averageFirstResponse"), all.averageFirstResponseMinutes(), CellKind.DECIMAL);
        sheet.keyValue(text("report.complaints.averageResolution"), all.averageResolutionMinutes(), CellKind.DECIMAL);
        sheet.keyValue(text("report.complaints.averageSatisfaction"), all.averageSatisfaction(), CellKind.DECIMAL);
        sheet.blankRow();
        sheet.keyValue(text("report.complaints.complianceMeans"), null, CellKind.TEXT);
        sheet.keyValue(text("report.complaints.minutesMeans"), null, CellKind.TEXT);
        sheet.columnWidths(52, 14);
    }

    private XlsxSummarySheet.Table groups(String sheetKey, String titleKey, String groupHeaderKey, List<GroupLine> lines) {
        XlsxSummarySheet sheet = workbook.summarySheet(text(sheetKey));
        sheet.title(text(titleKey));
        XlsxSummarySheet.Table table = sheet.table(groupColumns(text(groupHeaderKey)), lines);
        sheet.columnWidths(22, 11, 10, 11, 11, 11, 11, 13, 13, 12);
        return table;
    }

    /** Columns 1 (complaints) and 3 (breached) are the trend chart's series. */
    private List<XlsxColumn<GroupLine>> groupColumns(String groupHeader) {
        return List.of(
                XlsxColumn.of(groupHeader, CellKind.TEXT, GroupLine::group),
                XlsxColumn.of(text("report.complaints.count"), CellKind.INTEGER, l -> l.figures().complaints),
                XlsxColumn.of(text("report.complaints.open"), CellKind.INTEGER, l -> l.figures().open),
                XlsxColumn.of(text("report.complaints.breached"), CellKind.INTEGER, l -> l.figures().breached),
                XlsxColumn.of(text("report.complaints.resolved"), CellKind.INTEGER, l -> l.figures().resolved),
                XlsxColumn.of(text("report.complaints.withinSla"), CellKind.INTEGER, l -> l.figures().withinSla),
                XlsxColumn.of(text("report.complaints.compliance"), CellKind.PERCENT, l -> l.figures().compliance()),
                XlsxColumn.of(text("report.complaints.averageFirstResponse"), CellKind.DECIMAL,
                        l -> l.figures().averageFirstResponseMinutes()),
                XlsxColumn.of(text("report.complaints.averageResolution"), CellKind.DECIMAL,
                        l -> l.figures().averageResolutionMinutes()),
                XlsxColumn.of(text("report.complaints.averageSatisfaction"), CellKind.DECIMAL,
                        l -> l.figures().averageSatisfaction()));
    }

    /** Every month from the first to the last complaint, quiet months included, so the trend shows them. */
    private void months(Map<YearMonth, ComplaintTotals.Group> byMonth) {
        List<GroupLine> lines = new ArrayList<>();
        if (!byMonth.isEmpty()) {
            YearMonth first = byMonth.keySet().iterator().next();
            YearMonth last = ((java.util.TreeMap<YearMonth, ComplaintTotals.Group>) byMonth).lastKey();
            for (YearMonth month = first; !month.isAfter(last) && lines.size() < MAX_MONTHS; month = month.plusMonths(1)) {
                lines.add(new GroupLine(month.toString(), byMonth.getOrDefault(month, new ComplaintTotals.Group())));
            }
        }
        XlsxSummarySheet.Table table = groups("report.sheet.byMonth", "report.complaints.byMonth", "report.col.month", lines);
        XlsxSummarySheet sheet = table.sheet();
        if (!lines.isEmpty()) {
            XlsxCharts.bars(table, text("report.complaints.trend"), 0, List.of(1, 3), false,
                    new XlsxCharts.Placement(0, sheet.nextRow() + 1, 10, 18));
        }
    }

    private void repeatComplainers(List<Complainer> complainers) {
        XlsxSummarySheet sheet = workbook.summarySheet(text("report.sheet.repeat"));
        sheet.title(text("report.complaints.repeatTitle"));
        sheet.table(List.of(
                XlsxColumn.of(text("report.col.customer"), CellKind.TEXT, Complainer::customerName),
                XlsxColumn.<Complainer>of(text("report.col.tier"), CellKind.TEXT, c -> labels.label("report.tier.", c.tier())),
                XlsxColumn.of(text("report.complaints.count"), CellKind.INTEGER, Complainer::complaints),
                XlsxColumn.of(text("report.complaints.valid"), CellKind.INTEGER, Complainer::valid),
                XlsxColumn.of(text("report.complaints.breached"), CellKind.INTEGER, Complainer::breached),
                XlsxColumn.of(text("report.complaints.last"), CellKind.DATE_TIME, Complainer::lastComplaint),
                XlsxColumn.of(text("report.complaints.averageSatisfaction"), CellKind.DECIMAL, Complainer::averageSatisfaction)),
                complainers);
        sheet.columnWidths(30, 10, 11, 11, 11, 17, 12);
    }

    private String text(String key) {
        return labels.getTranslation(key);
    }
}
