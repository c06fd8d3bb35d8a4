package com.idic.crm.customization.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.idic.crm.base.excel.CellKind;
import com.idic.crm.base.excel.XlsxColumn;
import com.idic.crm.base.excel.XlsxDownload;
import com.idic.crm.customization.ApprovalRow;
import com.idic.crm.customization.OfferApprovals;

/**
 * The approval queue (the offers waiting for a manager) as a workbook, longest waiting first. A grid column
 * that shows two facts in two lines becomes one typed column per fact: a number stays a number.
 */
final class ApprovalQueueExport {

    private ApprovalQueueExport() {
    }

    /** {@code columnKeys}: the grid's visible columns, left to right; {@code translation}: the user's language. */
    static XlsxDownload.Export<ApprovalRow> of(OfferApprovals approvals, List<String> columnKeys,
                                               Function<String, String> translation, LocalDate today) {
        Map<String, List<XlsxColumn<ApprovalRow>>> columns = Map.of(
                "offer", List.of(
                        XlsxColumn.<ApprovalRow>of(translation.apply("approval.column.offer"), CellKind.INTEGER, row -> row.offer().id()),
                        XlsxColumn.of(translation.apply("approval.export.version"), CellKind.INTEGER, row -> row.offer().versionNo())),
                "customer", List.of(
                        XlsxColumn.<ApprovalRow>of(translation.apply("customization.field.customer"), CellKind.TEXT,
                                row -> row.offer().customerName()).withWidth(28),
                        XlsxColumn.of(translation.apply("approval.export.author"), CellKind.TEXT, row -> row.offer().author())),
                "value", List.of(
                        XlsxColumn.of(translation.apply("customization.field.tier"), CellKind.TEXT, row -> row.tier() == null
                                ? translation.apply("customization.unscored") : translation.apply("segments.tier." + row.tier().name())),
                        XlsxColumn.of(translation.apply("approval.export.quadrant"), CellKind.TEXT, row -> row.quadrant() == null
                                ? null : translation.apply("segments.quadrant." + row.quadrant().name())),
                        XlsxColumn.of(translation.apply("approval.export.clv"), CellKind.MONEY, ApprovalRow::clv),
                        XlsxColumn.of(translation.apply("approval.export.stage"), CellKind.TEXT, row -> row.stage() == null
                                ? null : translation.apply("segments.stage." + row.stage().name()))),
                "net", List.of(XlsxColumn.of(translation.apply("offer.totals.net"), CellKind.MONEY, row -> row.totals().netTotal())),
                "margin", List.of(
                        XlsxColumn.of(translation.apply("approval.export.listMargin"), CellKind.PERCENT, row -> share(row.listMarginPercent())),
                        XlsxColumn.of(translation.apply("approval.export.offeredMargin"), CellKind.PERCENT,
                                row -> share(row.totals().marginPercent())),
                        XlsxColumn.of(translation.apply("approval.export.floor"), CellKind.PERCENT,
                                row -> share(row.rule().minMarginPercent()))),
                "discount", List.of(
                        XlsxColumn.of(translation.apply("approval.column.discount"), CellKind.PERCENT,
                                row -> share(row.totals().maxDiscountPercent())),
                        XlsxColumn.of(translation.apply("approval.export.limit"), CellKind.PERCENT,
                                row -> share(row.rule().maxDiscountPercent()))),
                "why", List.of(XlsxColumn.<ApprovalRow>of(translation.apply("approval.column.why"), CellKind.TEXT,
                        row -> String.join(", ", row.reasons().stream()
                                .map(reason -> translation.apply("approval.reason." + reason.name())).toList())).withWidth(36)));
        List<XlsxColumn<ApprovalRow>> visible = new ArrayList<>();
        columnKeys.stream().filter(columns::containsKey).forEach(key -> visible.addAll(columns.get(key)));
        return new XlsxDownload.Export<>("offer-approvals-" + today + ".xlsx", translation.apply("approval.title"), visible,
                approvals::queueAfter);
    }

    /** Offers keep percentages (23.33); a percentage cell holds the share (0.2333). */
    private static BigDecimal share(BigDecimal percent) {
        return percent == null ? null : percent.movePointLeft(2);
    }
}
