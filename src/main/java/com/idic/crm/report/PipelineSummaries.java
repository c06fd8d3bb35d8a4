package com.idic.crm.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.idic.crm.base.excel.CellKind;
import com.idic.crm.base.excel.XlsxColumn;
import com.idic.crm.base.excel.XlsxSummarySheet;
import com.idic.crm.base.excel.XlsxWorkbook;
import com.idic.crm.customization.CustomizationType;
import com.idic.crm.customization.OfferState;
import com.idic.crm.customization.RequestState;
import com.idic.crm.segmentation.Tier;

/**
 * The pipeline's summary sheet: key figures (acceptance rate, revenue and margin of accepted offers, days
 * from request to offer and to decision), requests and offers by state, and the same figures per
 * customization type and per tier.
 */
final class PipelineSummaries {

    private final XlsxWorkbook workbook;
    private final ReportLabels labels;

    PipelineSummaries(XlsxWorkbook workbook, ReportLabels labels) {
        this.workbook = workbook;
        this.labels = labels;
    }

    record StateLine(String state, long count, Double share, BigDecimal net) {
    }

    record GroupLine(String name, PipelineTotals.Group group) {
    }

    void write(String sheetName, PipelineTotals totals) {
        XlsxSummarySheet sheet = workbook.summarySheet(sheetName);
        sheet.title(text("report.pipeline.title"));
        sheet.blankRow();
        keyFigures(sheet, totals.all);
        sheet.blankRow();

        sheet.heading(text("report.pipeline.requestsByState"));
        List<StateLine> requestStates = Arrays.stream(RequestState.values()).map(state -> new StateLine(
                text("customization.requestState." + state.name()), totals.requestsByState.get(state),
                SegmentTotals.share(totals.requestsByState.get(state), totals.all.requests), null)).toList();
        sheet.table(List.of(
                XlsxColumn.of(text("report.pipeline.col.state"), CellKind.TEXT, StateLine::state),
                XlsxColumn.of(text("report.pipeline.requests"), CellKind.INTEGER, StateLine::count),
                XlsxColumn.of(text("report.pipeline.share"), CellKind.PERCENT, StateLine::share)), requestStates);
        sheet.blankRow();

        sheet.heading(text("report.pipeline.offersByState"));
        List<StateLine> offerStates = Arrays.stream(OfferState.values()).map(state -> new StateLine(
                text("offer.state." + state.name()), totals.offersByState.get(state),
                SegmentTotals.share(totals.offersByState.get(state), totals.all.offers),
                totals.netByState.getOrDefault(state, BigDecimal.ZERO))).toList();
        sheet.table(List.of(
                XlsxColumn.of(text("report.pipeline.col.state"), CellKind.TEXT, StateLine::state),
                XlsxColumn.of(text("report.pipeline.offers"), CellKind.INTEGER, StateLine::count),
                XlsxColumn.of(text("report.pipeline.share"), CellKind.PERCENT, StateLine::share),
                XlsxColumn.of(text("report.pipeline.col.netTotal"), CellKind.MONEY, StateLine::net)), offerStates);
        sheet.blankRow();

        sheet.heading(text("report.pipeline.byType"));
        List<GroupLine> types = new ArrayList<>();
        for (Map.Entry<CustomizationType, PipelineTotals.Group> type : totals.byType.entrySet()) {
            types.add(new GroupLine(text("customization.type." + type.getKey().name()), type.getValue()));
        }
        types.add(new GroupLine(text("report.pipeline.typeOpen"), totals.typeOpen));
        types.add(new GroupLine(text("report.pipeline.total"), totals.all));
        sheet.table(groupColumns(text("report.pipeline.col.type")), types);
        sheet.blankRow();

        sheet.heading(text("report.pipeline.byTier"));
        List<GroupLine> tiers = new ArrayList<>();
        for (Map.Entry<Tier, PipelineTotals.Group> tier : totals.byTier.entrySet()) {
            tiers.add(new GroupLine(labels.label("report.tier.", tier.getKey()), tier.getValue()));
        }
        tiers.add(new GroupLine(text("report.pipeline.unscored"), totals.unscored));
        tiers.add(new GroupLine(text("report.pipeline.total"), totals.all));
        sheet.table(groupColumns(text("report.col.tier")), tiers);
        sheet.blankRow();
        sheet.keyValue(text("report.pipeline.note"), null, CellKind.TEXT);
        sheet.columnWidths(40, 16, 10, 10, 10, 11, 16, 16, 10, 12, 12);
    }

    private void keyFigures(XlsxSummarySheet sheet, PipelineTotals.Group all) {
        sheet.heading(text("report.pipeline.keyFigures"));
        sheet.keyValue(text("report.pipeline.requests"), all.requests, CellKind.INTEGER);
        sheet.keyValue(text("report.pipeline.offers"), all.offers, CellKind.INTEGER);
        sheet.keyValue(text("report.pipeline.accepted"), all.accepted, CellKind.INTEGER);
        sheet.keyValue(text("report.pipeline.declined"), all.declined, CellKind.INTEGER);
        sheet.keyValue(text("report.pipeline.acceptanceRate"), all.acceptanceRate(), CellKind.PERCENT);
        sheet.keyValue(text("report.pipeline.revenue"), all.revenue, CellKind.MONEY);
        sheet.keyValue(text("report.pipeline.acceptedCost"), all.cost, CellKind.MONEY);
        sheet.keyValue(text("report.pipeline.margin"), all.margin(), CellKind.MONEY);
        sheet.keyValue(text("report.pipeline.marginShare"), all.marginShare(), CellKind.PERCENT);
        sheet.keyValue(text("report.pipeline.avgDaysToOffer"), all.daysToOffer.value(), CellKind.DECIMAL);
        sheet.keyValue(text("report.pipeline.avgDaysToDecision"), all.daysToDecision.value(), CellKind.DECIMAL);
    }

    private List<XlsxColumn<GroupLine>> groupColumns(String firstHeader) {
        return List.of(
                XlsxColumn.of(firstHeader, CellKind.TEXT, GroupLine::name),
                XlsxColumn.of(text("report.pipeline.requests"), CellKind.INTEGER, g -> g.group().requests),
                XlsxColumn.of(text("report.pipeline.offers"), CellKind.INTEGER, g -> g.group().offers),
                XlsxColumn.of(text("report.pipeline.accepted"), CellKind.INTEGER, g -> g.group().accepted),
                XlsxColumn.of(text("report.pipeline.declined"), CellKind.INTEGER, g -> g.group().declined),
                XlsxColumn.of(text("report.pipeline.col.acceptanceRate"), CellKind.PERCENT, g -> g.group().acceptanceRate()),
                XlsxColumn.of(text("report.pipeline.col.revenue"), CellKind.MONEY, g -> g.group().revenue),
                XlsxColumn.of(text("report.pipeline.col.margin"), CellKind.MONEY, g -> g.group().margin()),
                XlsxColumn.of(text("report.pipeline.col.marginPercent"), CellKind.PERCENT, g -> g.group().marginShare()),
                XlsxColumn.of(text("report.pipeline.col.avgDaysToOffer"), CellKind.DECIMAL, g -> g.group().daysToOffer.value()),
                XlsxColumn.of(text("report.pipeline.col.avgDaysToDecision"), CellKind.DECIMAL, g -> g.group().daysToDecision.value()));
    }

    private String text(String key) {
        return labels.getTranslation(key);
    }
}
