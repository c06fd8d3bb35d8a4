package com.idic.crm.report;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.idic.crm.base.excel.CellKind;
import com.idic.crm.base.excel.CoverLine;
import com.idic.crm.base.excel.XlsxColumn;
import com.idic.crm.base.excel.XlsxSheet;
import com.idic.crm.base.excel.XlsxWorkbook;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.segmentation.CompanyFigures;
import com.idic.crm.segmentation.CreditRating;
import com.idic.crm.segmentation.LifecycleStage;
import com.idic.crm.segmentation.Quadrant;
import com.idic.crm.segmentation.RunStatus;
import com.idic.crm.segmentation.ScoreFilter;
import com.idic.crm.segmentation.ScoreSort;
import com.idic.crm.segmentation.ScoredCustomer;
import com.idic.crm.segmentation.SegmentationResults;
import com.idic.crm.segmentation.SegmentationRun;
import com.idic.crm.segmentation.SegmentationService;
import com.idic.crm.segmentation.Tier;
import org.springframework.stereotype.Component;

/**
 * The customer segmentation workbook (issue 9, report 1): a cover, one row per customer of the run in
 * pyramid order ("Customers"), then the summaries of the same customers ({@link SegmentationSummaries}).
 */
@Component
class SegmentationReport {

    private final SegmentationResults results;
    private final SegmentationService runs;
    private final Clock clock;

    SegmentationReport(SegmentationResults results, SegmentationService runs, Clock clock) {
        this.results = results;
        this.runs = runs;
        this.clock = clock;
    }

    /** Refused with {@link IllegalArgumentException} unless the run succeeded and still has its scores. */
    SegmentationRun checkedRun(long runId) {
        return runs.run(runId)
                .filter(run -> run.status() == RunStatus.SUCCEEDED && run.scoresKept())
                .orElseThrow(() -> new IllegalArgumentException("report.segmentation.noScores"));
    }

    void write(SegmentationReportParameters parameters, ReportLabels labels, String generatedBy, ReportProgress progress,
               OutputStream out, Path tempDir) {
        SegmentationRun run = checkedRun(parameters.runId());
        CompanyFigures figures = results.figures(run.id()).orElseThrow();
        ScoreFilter filter = new ScoreFilter(run.id(), parameters.tier(), null, null, null, null, null, null, null,
                null, null, null, null, parameters.region(), null, false);
        long expected = Math.max(1, results.count(filter));
        SegmentTotals totals = new SegmentTotals();
        try (XlsxWorkbook workbook = new XlsxWorkbook(clock.getZone(), tempDir)) {
            workbook.coverSheet(labels.getTranslation("report.sheet.cover"), labels.getTranslation("report.segmentation.title"),
                    cover(run, parameters, labels, generatedBy, expected));
            XlsxSheet<ScoredCustomer> customers = workbook.dataSheet(labels.getTranslation("report.sheet.customers"),
                    customerColumns(labels));
            customers.writeAll((last, limit) -> {
                List<ScoredCustomer> chunk = results.chunkAfter(filter, ScoreSort.PROFIT_RANK, true, last, limit);
                chunk.forEach(row -> totals.add(row.score()));
                return chunk;
            }, rows -> progress.advanced(0.95 * Math.min(1.0, rows / (double) expected)));
            customers.finish();
            new SegmentationSummaries(workbook, labels).write(totals, figures);
            workbook.write(out);
        }
        progress.advanced(1.0);
    }

    private List<CoverLine> cover(SegmentationRun run, SegmentationReportParameters parameters, ReportLabels labels,
                                  String generatedBy, long customers) {
        return List.of(
                new CoverLine(labels.getTranslation("report.cover.run"), run.id(), CellKind.INTEGER),
                new CoverLine(labels.getTranslation("report.cover.dataAsOf"), run.analysisDate(), CellKind.DATE),
                CoverLine.text(labels.getTranslation("report.cover.region"), parameters.region() == null
                        ? labels.getTranslation("report.cover.allRegions") : parameters.region()),
                CoverLine.text(labels.getTranslation("report.cover.tier"), parameters.tier() == null
                        ? labels.getTranslation("report.cover.allTiers") : labels.label("report.tier.", parameters.tier())),
                new CoverLine(labels.getTranslation("report.cover.customers"), customers, CellKind.INTEGER),
                new CoverLine(labels.getTranslation("report.cover.generatedAt"), LocalDateTime.now(clock), CellKind.DATE_TIME),
                CoverLine.text(labels.getTranslation("report.cover.generatedBy"), generatedBy));
    }

    /** The columns of issue 9 in its order; an unscored value is an empty cell. */
    static List<XlsxColumn<ScoredCustomer>> customerColumns(ReportLabels labels) {
        Map<CustomerType, String> types = labels.labels("report.type.", CustomerType.class);
        Map<Tier, String> tiers = labels.labels("report.tier.", Tier.class);
        Map<Quadrant, String> quadrants = labels.labels("report.quadrant.", Quadrant.class);
        Map<CreditRating, String> credit = labels.labels("report.credit.", CreditRating.class);
        Map<LifecycleStage, String> stages = labels.labels("report.stage.", LifecycleStage.class);
        return List.of(
                column(labels, "report.col.externalId", CellKind.TEXT, 16, ScoredCustomer::externalId),
                column(labels, "report.col.name", CellKind.TEXT, 28, s -> s.score().customerName()),
                column(labels, "report.col.type", CellKind.TEXT, 12, s -> label(types, s.score().customerType())),
                column(labels, "report.col.region", CellKind.TEXT, 10, s -> s.score().region()),
                column(labels, "report.col.r", CellKind.INTEGER, 4, s -> s.score().recency()),
                column(labels, "report.col.f", CellKind.INTEGER, 4, s -> s.score().frequency()),
                column(labels, "report.col.m", CellKind.INTEGER, 4, s -> s.score().monetary()),
                column(labels, "report.col.rfm", CellKind.TEXT, 6, s -> s.score().rfmCode()),
                column(labels, "report.col.tier", CellKind.TEXT, 9, s -> label(tiers, s.score().tier())),
                column(labels, "report.col.abc", CellKind.TEXT, 5, s -> s.score().abcClass() == null ? null : s.score().abcClass().name()),
                column(labels, "report.col.profit12m", CellKind.MONEY, 0, s -> s.score().profit12m()),
                column(labels, "report.col.profitPrev12m", CellKind.MONEY, 0, s -> s.score().profitPrev12m()),
                column(labels, "report.col.clvHistory", CellKind.MONEY, 0, s -> s.score().clvHistory()),
                column(labels, "report.col.clvFuture", CellKind.MONEY, 0, s -> s.score().clvFuture()),
                column(labels, "report.col.clvTotal", CellKind.MONEY, 0, s -> s.score().clvTotal()),
                column(labels, "report.col.quadrant", CellKind.TEXT, 10, s -> label(quadrants, s.score().quadrant())),
                column(labels, "report.col.credit", CellKind.TEXT, 8, s -> label(credit, s.score().creditRating())),
                // a customer without orders is in the stage "potential": a value, not a missing score
                column(labels, "report.col.stage", CellKind.TEXT, 12, s -> label(stages, s.score().stage())));
    }

    private static XlsxColumn<ScoredCustomer> column(ReportLabels labels, String key, CellKind kind, int width,
                                                     Function<ScoredCustomer, Object> value) {
        return new XlsxColumn<>(labels.getTranslation(key), kind, width, value);
    }

    private static <E extends Enum<E>> String label(Map<E, String> labels, E value) {
        return value == null ? null : labels.get(value);
    }
}
