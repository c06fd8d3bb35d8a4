package com.idic.crm.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.idic.crm.base.excel.CellKind;
import com.idic.crm.base.excel.XlsxCharts;
import com.idic.crm.base.excel.XlsxColumn;
import com.idic.crm.base.excel.XlsxSummarySheet;
import com.idic.crm.base.excel.XlsxWorkbook;
import com.idic.crm.segmentation.CompanyFigures;
import com.idic.crm.segmentation.LifecycleStage;
import com.idic.crm.segmentation.Quadrant;
import com.idic.crm.segmentation.Tier;

/**
 * The summary sheets of the segmentation workbook: "Pyramid", "Value matrix", "RFM" and "Churn & CLV",
 * of the customers the report lists; the company figures (churn, group CLV) are the whole run's.
 */
final class SegmentationSummaries {

    /** DOMAIN.md section 2: the course's shares of customers, revenue and profit per tier. */
    static final Map<Tier, double[]> COURSE_REFERENCE = Map.of(
            Tier.PLATINUM, new double[]{0.01, 0.50, 0.49},
            Tier.GOLD, new double[]{0.04, 0.23, 0.25},
            Tier.IRON, new double[]{0.15, 0.20, 0.21},
            Tier.LEAD, new double[]{0.80, 0.07, 0.05});
    /** Churn cut by these many percentage points in the retention what-if (the course's example is 5). */
    static final List<Integer> WHAT_IF_POINTS = List.of(1, 2, 3, 4, 5);

    private final XlsxWorkbook workbook;
    private final ReportLabels labels;

    SegmentationSummaries(XlsxWorkbook workbook, ReportLabels labels) {
        this.workbook = workbook;
        this.labels = labels;
    }

    void write(SegmentTotals totals, CompanyFigures figures) {
        pyramid(totals);
        valueMatrix(totals);
        rfm(totals);
        churnAndClv(totals, figures);
    }

    record TierLine(String tier, long customers, Double customerShare, BigDecimal revenue, Double revenueShare,
                    BigDecimal profit, Double profitShare, double referenceCustomers, double referenceRevenue,
                    double referenceProfit) {
    }

    private void pyramid(SegmentTotals totals) {
        XlsxSummarySheet sheet = workbook.summarySheet(text("report.sheet.pyramid"));
        sheet.title(text("report.pyramid.title"));
        List<TierLine> lines = new ArrayList<>();
        SegmentTotals.Group all = totals.scored;
        for (Tier tier : Tier.values()) {
            SegmentTotals.Group group = totals.tiers.get(tier);
            double[] reference = COURSE_REFERENCE.get(tier);
            lines.add(new TierLine(labels.label("report.tier.", tier), group.customers,
                    SegmentTotals.share(group.customers, all.customers), group.revenue,
                    SegmentTotals.share(group.revenue, all.revenue), group.profit,
                    SegmentTotals.share(group.profit, all.profit), reference[0], reference[1], reference[2]));
        }
        XlsxSummarySheet.Table table = sheet.table(List.of(
                XlsxColumn.of(text("report.col.tier"), CellKind.TEXT, TierLine::tier),
                XlsxColumn.of(text("report.pyramid.customers"), CellKind.INTEGER, TierLine::customers),
                XlsxColumn.of(text("report.pyramid.customerShare"), CellKind.PERCENT, TierLine::customerShare),
                XlsxColumn.of(text("report.pyramid.revenue"), CellKind.MONEY, TierLine::revenue),
                XlsxColumn.of(text("report.pyramid.revenueShare"), CellKind.PERCENT, TierLine::revenueShare),
                XlsxColumn.of(text("report.pyramid.profit"), CellKind.MONEY, TierLine::profit),
                XlsxColumn.of(text("report.pyramid.profitShare"), CellKind.PERCENT, TierLine::profitShare),
                XlsxColumn.of(text("report.pyramid.referenceCustomers"), CellKind.PERCENT, TierLine::referenceCustomers),
                XlsxColumn.of(text("report.pyramid.referenceRevenue"), CellKind.PERCENT, TierLine::referenceRevenue),
                XlsxColumn.of(text("report.pyramid.referenceProfit"), CellKind.PERCENT, TierLine::referenceProfit)), lines);
        sheet.columnWidths(30, 12, 12, 16, 12, 16, 12, 14, 14, 14);
        sheet.blankRow();
        sheet.keyValue(text("report.pyramid.unscored"), totals.unscored(), CellKind.INTEGER);
        XlsxCharts.bars(table, text("report.pyramid.chart"), 0, List.of(2, 4, 6, 9), false,
                new XlsxCharts.Placement(0, sheet.nextRow() + 1, 8, 18));
    }

    record MatrixLine(String current, Object lowFuture, Object highFuture) {
    }

    record QuadrantLine(String quadrant, long customers, Double customerShare, BigDecimal profit, Double profitShare) {
    }

    private void valueMatrix(SegmentTotals totals) {
        XlsxSummarySheet sheet = workbook.summarySheet(text("report.sheet.valueMatrix"));
        sheet.title(text("report.matrix.title"));
        Map<Quadrant, SegmentTotals.Group> q = totals.quadrants;
        sheet.heading(text("report.matrix.customers"));
        matrix(sheet, CellKind.INTEGER, List.of(
                new MatrixLine(text("report.matrix.highCurrent"), q.get(Quadrant.MAINTAIN).customers, q.get(Quadrant.VIP).customers),
                new MatrixLine(text("report.matrix.lowCurrent"), q.get(Quadrant.ABANDON).customers, q.get(Quadrant.IMPROVE).customers)));
        sheet.blankRow();
        sheet.heading(text("report.matrix.profit"));
        matrix(sheet, CellKind.MONEY, List.of(
                new MatrixLine(text("report.matrix.highCurrent"), q.get(Quadrant.MAINTAIN).profit, q.get(Quadrant.VIP).profit),
                new MatrixLine(text("report.matrix.lowCurrent"), q.get(Quadrant.ABANDON).profit, q.get(Quadrant.IMPROVE).profit)));
        sheet.blankRow();
        List<QuadrantLine> lines = Arrays.stream(Quadrant.values()).map(quadrant -> new QuadrantLine(
                labels.label("report.quadrant.", quadrant), q.get(quadrant).customers,
                SegmentTotals.share(q.get(quadrant).customers, totals.scored.customers), q.get(quadrant).profit,
                SegmentTotals.share(q.get(quadrant).profit, totals.scored.profit))).toList();
        sheet.table(List.of(
                XlsxColumn.of(text("report.col.quadrant"), CellKind.TEXT, QuadrantLine::quadrant),
                XlsxColumn.of(text("report.pyramid.customers"), CellKind.INTEGER, QuadrantLine::customers),
                XlsxColumn.of(text("report.pyramid.customerShare"), CellKind.PERCENT, QuadrantLine::customerShare),
                XlsxColumn.of(text("report.pyramid.profit"), CellKind.MONEY, QuadrantLine::profit),
                XlsxColumn.of(text("report.pyramid.profitShare"), CellKind.PERCENT, QuadrantLine::profitShare)), lines);
        sheet.columnWidths(24, 20, 20, 16, 12);
    }

    private void matrix(XlsxSummarySheet sheet, CellKind kind, List<MatrixLine> lines) {
        sheet.table(List.of(
                XlsxColumn.of("", CellKind.TEXT, MatrixLine::current),
                XlsxColumn.of(text("report.matrix.lowFuture"), kind, MatrixLine::lowFuture),
                XlsxColumn.of(text("report.matrix.highFuture"), kind, MatrixLine::highFuture)), lines);
    }

    record RfmLine(String recency, long f1, long f2, long f3, long f4, long f5, long total) {
    }

    private void rfm(SegmentTotals totals) {
        XlsxSummarySheet sheet = workbook.summarySheet(text("report.sheet.rfm"));
        sheet.title(text("report.rfm.title"));
        List<RfmLine> lines = new ArrayList<>();
        for (int r = 5; r >= 1; r--) {
            long[] f = totals.rfm[r - 1];
            lines.add(new RfmLine("R" + r, f[0], f[1], f[2], f[3], f[4], Arrays.stream(f).sum()));
        }
        sheet.table(List.of(
                XlsxColumn.of(text("report.rfm.corner"), CellKind.TEXT, RfmLine::recency),
                XlsxColumn.of("F1", CellKind.INTEGER, RfmLine::f1),
                XlsxColumn.of("F2", CellKind.INTEGER, RfmLine::f2),
                XlsxColumn.of("F3", CellKind.INTEGER, RfmLine::f3),
                XlsxColumn.of("F4", CellKind.INTEGER, RfmLine::f4),
                XlsxColumn.of("F5", CellKind.INTEGER, RfmLine::f5),
                XlsxColumn.of(text("report.rfm.total"), CellKind.INTEGER, RfmLine::total)), lines);
        sheet.blankRow();
        sheet.keyValue(text("report.pyramid.unscored"), totals.unscored(), CellKind.INTEGER);
        sheet.columnWidths(30, 9, 9, 9, 9, 9, 10);
    }

    record WhatIfLine(Integer points, BigDecimal churnRate, BigDecimal lifetime, BigDecimal groupClv, Double change) {
    }

    record StageLine(String stage, long customers, Double share) {
    }

    private void churnAndClv(SegmentTotals totals, CompanyFigures figures) {
        XlsxSummarySheet sheet = workbook.summarySheet(text("report.sheet.churn"));
        sheet.title(text("report.churn.title"));
        sheet.heading(text("report.churn.company"));
        sheet.keyValue(text("report.churn.activeAtStart"), figures.activeAtStart(), CellKind.INTEGER);
        sheet.keyValue(text("report.churn.activeAtEnd"), figures.activeAtEnd(), CellKind.INTEGER);
        sheet.keyValue(text("report.churn.churned"), figures.churned(), CellKind.INTEGER);
        sheet.keyValue(text("report.churn.rate"), figures.churnRate(), CellKind.PERCENT);
        sheet.keyValue(text("report.churn.lifetime"), figures.expectedLifetimeYears(), CellKind.DECIMAL);
        sheet.keyValue(text("report.churn.averageProfit"), figures.averageProfit(), CellKind.MONEY);
        sheet.keyValue(text("report.churn.discountRate"), figures.discountRate(), CellKind.PERCENT);
        sheet.keyValue(text("report.churn.groupClv"), figures.groupClv(), CellKind.MONEY);
        sheet.blankRow();
        sheet.heading(text("report.churn.whatIf"));
        List<WhatIfLine> whatIf = new ArrayList<>();
        whatIf.add(new WhatIfLine(0, figures.churnRate(), figures.expectedLifetimeYears(), figures.groupClv(), null));
        for (int points : WHAT_IF_POINTS) {
            BigDecimal lower = figures.churnRate().subtract(BigDecimal.valueOf(points).movePointLeft(2)).max(BigDecimal.ZERO);
            BigDecimal value = figures.groupClvAt(lower);
            whatIf.add(new WhatIfLine(points, lower, figures.expectedLifetimeAt(lower), value,
                    SegmentTotals.share(value.subtract(figures.groupClv()), figures.groupClv())));
        }
        sheet.table(List.of(
                XlsxColumn.of(text("report.churn.points"), CellKind.INTEGER, WhatIfLine::points),
                XlsxColumn.of(text("report.churn.rate"), CellKind.PERCENT, WhatIfLine::churnRate),
                XlsxColumn.of(text("report.churn.lifetime"), CellKind.DECIMAL, WhatIfLine::lifetime),
                XlsxColumn.of(text("report.churn.groupClv"), CellKind.MONEY, WhatIfLine::groupClv),
                XlsxColumn.of(text("report.churn.change"), CellKind.PERCENT, WhatIfLine::change)), whatIf);
        sheet.blankRow();
        sheet.heading(text("report.churn.clvOfCustomers"));
        sheet.keyValue(text("report.churn.clvCustomers"), totals.scored.customers, CellKind.INTEGER);
        sheet.keyValue(text("report.col.clvHistory"), totals.clvHistory, CellKind.MONEY);
        sheet.keyValue(text("report.col.clvFuture"), totals.clvFuture, CellKind.MONEY);
        sheet.keyValue(text("report.col.clvTotal"), totals.clvTotal, CellKind.MONEY);
        sheet.keyValue(text("report.churn.clvAverage"), totals.scored.customers == 0 ? null
                : totals.clvTotal.divide(BigDecimal.valueOf(totals.scored.customers), 2, java.math.RoundingMode.HALF_UP), CellKind.MONEY);
        sheet.blankRow();
        sheet.heading(text("report.churn.lifecycle"));
        List<StageLine> stages = Arrays.stream(LifecycleStage.values()).map(stage -> new StageLine(
                labels.label("report.stage.", stage), totals.stages.get(stage).customers,
                SegmentTotals.share(totals.stages.get(stage).customers, totals.customers))).toList();
        XlsxSummarySheet.Table funnel = sheet.table(List.of(
                XlsxColumn.of(text("report.col.stage"), CellKind.TEXT, StageLine::stage),
                XlsxColumn.of(text("report.pyramid.customers"), CellKind.INTEGER, StageLine::customers),
                XlsxColumn.of(text("report.pyramid.customerShare"), CellKind.PERCENT, StageLine::share)), stages);
        sheet.columnWidths(34, 16, 16, 18, 14);
        XlsxCharts.bars(funnel, text("report.churn.funnel"), 0, List.of(1), true,
                new XlsxCharts.Placement(6, 1, 8, 18));
    }

    private String text(String key) {
        return labels.getTranslation(key);
    }
}
