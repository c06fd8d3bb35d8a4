package com.idic.crm.segmentation.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.idic.crm.base.excel.CellKind;
import com.idic.crm.base.excel.XlsxColumn;
import com.idic.crm.base.excel.XlsxDownload;
import com.idic.crm.segmentation.ScoreFilter;
import com.idic.crm.segmentation.ScoreSort;
import com.idic.crm.segmentation.ScoredCustomer;
import com.idic.crm.segmentation.SegmentationResults;

/** The scored-customer list as a workbook: its filter, its order, its visible columns, as typed cells. */
final class ScoredCustomersExport {

    private ScoredCustomersExport() {
    }

    static XlsxDownload.Export<ScoredCustomer> of(SegmentationResults results, ScoreFilter filter, ScoreSort sort,
                                                  boolean ascending, List<String> columnKeys,
                                                  Function<String, String> translation, LocalDate today) {
        Map<String, XlsxColumn<ScoredCustomer>> columns = Map.ofEntries(
                Map.entry("name", XlsxColumn.<ScoredCustomer>of(translation.apply("segments.col.name"), CellKind.TEXT,
                        s -> s.score().customerName()).withWidth(28)),
                Map.entry("type", XlsxColumn.of(translation.apply("segments.col.type"), CellKind.TEXT,
                        s -> label(translation, "customer.type.", s.score().customerType()))),
                Map.entry("region", XlsxColumn.of(translation.apply("segments.col.region"), CellKind.TEXT, s -> s.score().region())),
                Map.entry("rfm", XlsxColumn.of(translation.apply("segments.col.rfm"), CellKind.TEXT, s -> s.score().rfmCode())),
                Map.entry("tier", XlsxColumn.of(translation.apply("segments.col.tier"), CellKind.TEXT,
                        s -> label(translation, "segments.tier.", s.score().tier()))),
                Map.entry("abc", XlsxColumn.of(translation.apply("segments.col.abc"), CellKind.TEXT,
                        s -> label(translation, "segments.abc.", s.score().abcClass()))),
                Map.entry("quadrant", XlsxColumn.of(translation.apply("segments.col.quadrant"), CellKind.TEXT,
                        s -> label(translation, "segments.quadrant.", s.score().quadrant()))),
                Map.entry("credit", XlsxColumn.of(translation.apply("segments.col.credit"), CellKind.TEXT,
                        s -> label(translation, "segments.credit.", s.score().creditRating()))),
                Map.entry("stage", XlsxColumn.of(translation.apply("segments.col.stage"), CellKind.TEXT,
                        s -> label(translation, "segments.stage.", s.score().stage()))),
                Map.entry("profit", XlsxColumn.of(translation.apply("segments.col.profit12"), CellKind.MONEY, s -> s.score().profit12m())),
                Map.entry("clv", XlsxColumn.of(translation.apply("segments.col.clv"), CellKind.MONEY, s -> s.score().clvTotal())));
        return new XlsxDownload.Export<>("scored-customers-" + today + ".xlsx", translation.apply("segments.scored.title"),
                columnKeys.stream().filter(columns::containsKey).map(columns::get).toList(),
                (last, limit) -> results.chunkAfter(filter, sort, ascending, last, limit));
    }

    private static String label(Function<String, String> translation, String prefix, Enum<?> value) {
        return value == null ? null : translation.apply(prefix + value.name());
    }
}
