package com.idic.crm.report;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.idic.crm.base.excel.CellKind;
import com.idic.crm.base.excel.CoverLine;
import com.idic.crm.base.excel.WriteProgress;
import com.idic.crm.base.excel.XlsxColumn;
import com.idic.crm.base.excel.XlsxSheet;
import com.idic.crm.base.excel.XlsxWorkbook;
import com.idic.crm.customization.CustomizationPipeline;
import com.idic.crm.customization.CustomizationType;
import com.idic.crm.customization.DeliveryMeans;
import com.idic.crm.customization.NeedLevel;
import com.idic.crm.customization.OfferState;
import com.idic.crm.customization.PipelineFilter;
import com.idic.crm.customization.PipelineOffer;
import com.idic.crm.customization.PipelineRequest;
import com.idic.crm.customization.RequestSource;
import com.idic.crm.customization.RequestState;
import com.idic.crm.segmentation.Quadrant;
import com.idic.crm.segmentation.Tier;
import org.springframework.stereotype.Component;

/**
 * The "Customization pipeline" workbook (issue 9, report 3): one row per request submitted in the chosen
 * window and one per offer made for them, read in keyset chunks, then the summary added up while they were
 * written ({@link PipelineSummaries}), with the cover in front.
 */
@Component
class PipelineReport {

    private final CustomizationPipeline pipeline;
    private final Clock clock;

    PipelineReport(CustomizationPipeline pipeline, Clock clock) {
        this.pipeline = pipeline;
        this.clock = clock;
    }

    void write(PipelineFilter filter, ReportLabels labels, String generatedBy, ReportProgress progress, OutputStream out,
               Path tempDir) {
        PipelineTotals totals = new PipelineTotals();
        try (XlsxWorkbook workbook = new XlsxWorkbook(clock.getZone(), tempDir)) {
            XlsxSheet<PipelineRequest> requests = workbook.dataSheet(labels.getTranslation("report.pipeline.sheet.requests"),
                    requestColumns(labels));
            requests.writeAll((last, limit) -> {
                List<PipelineRequest> chunk = pipeline.requestsAfter(filter, last, limit);
                chunk.forEach(totals::add);
                return chunk;
            }, WriteProgress.NONE);
            requests.finish();
            progress.advanced(0.45);

            XlsxSheet<PipelineOffer> offers = workbook.dataSheet(labels.getTranslation("report.pipeline.sheet.offers"),
                    offerColumns(labels));
            offers.writeAll((last, limit) -> {
                List<PipelineOffer> chunk = pipeline.offersAfter(filter, last, limit);
                chunk.forEach(totals::add);
                return chunk;
            }, WriteProgress.NONE);
            offers.finish();
            progress.advanced(0.9);

            String summary = labels.getTranslation("report.pipeline.sheet.summary");
            new PipelineSummaries(workbook, labels).write(summary, totals);
            String cover = labels.getTranslation("report.sheet.cover");
            workbook.coverSheet(cover, labels.getTranslation("report.pipeline.title"), cover(filter, labels, generatedBy, totals));
            // written last because only then are the totals known; read first
            workbook.moveToFront(summary);
            workbook.moveToFront(cover);
            workbook.write(out);
        }
        progress.advanced(1.0);
    }

    private List<CoverLine> cover(PipelineFilter filter, ReportLabels labels, String generatedBy, PipelineTotals totals) {
        return List.of(
                new CoverLine(labels.getTranslation("report.pipeline.from"), filter.from(), CellKind.DATE),
                new CoverLine(labels.getTranslation("report.pipeline.to"), filter.to(), CellKind.DATE),
                CoverLine.text(labels.getTranslation("report.cover.tier"), filter.tier() == null
                        ? labels.getTranslation("report.cover.allTiers") : labels.label("report.tier.", filter.tier())),
                CoverLine.text(labels.getTranslation("report.pipeline.owner"), filter.owner() == null
                        ? labels.getTranslation("report.pipeline.allOwners") : filter.owner()),
                new CoverLine(labels.getTranslation("report.pipeline.requests"), totals.all.requests, CellKind.INTEGER),
                new CoverLine(labels.getTranslation("report.pipeline.offers"), totals.all.offers, CellKind.INTEGER),
                new CoverLine(labels.getTranslation("report.cover.dataAsOf"), LocalDate.now(clock), CellKind.DATE),
                new CoverLine(labels.getTranslation("report.cover.generatedAt"), LocalDateTime.now(clock), CellKind.DATE_TIME),
                CoverLine.text(labels.getTranslation("report.cover.generatedBy"), generatedBy));
    }

    static List<XlsxColumn<PipelineRequest>> requestColumns(ReportLabels labels) {
        Map<NeedLevel, String> needs = labels.labels("customization.need.", NeedLevel.class);
        Map<RequestSource, String> sources = labels.labels("customization.source.", RequestSource.class);
        Map<Tier, String> tiers = labels.labels("report.tier.", Tier.class);
        Map<Quadrant, String> quadrants = labels.labels("report.quadrant.", Quadrant.class);
        Map<CustomizationType, String> types = labels.labels("customization.type.", CustomizationType.class);
        Map<DeliveryMeans, String> means = labels.labels("customization.means.", DeliveryMeans.class);
        Map<RequestState, String> states = labels.labels("customization.requestState.", RequestState.class);
        return List.of(
                column(labels, "report.pipeline.col.request", CellKind.INTEGER, 9, PipelineRequest::id),
                column(labels, "report.pipeline.col.submitted", CellKind.DATE_TIME, 0, PipelineRequest::createdAt),
                column(labels, "report.col.customer", CellKind.TEXT, 28, PipelineRequest::customerName),
                column(labels, "report.pipeline.col.needLevel", CellKind.TEXT, 12, r -> needs.get(r.needLevel())),
                column(labels, "report.pipeline.col.source", CellKind.TEXT, 12, r -> sources.get(r.source())),
                column(labels, "report.col.tier", CellKind.TEXT, 9, r -> r.tier() == null ? null : tiers.get(r.tier())),
                column(labels, "report.col.quadrant", CellKind.TEXT, 10, r -> r.quadrant() == null ? null : quadrants.get(r.quadrant())),
                column(labels, "report.pipeline.col.type", CellKind.TEXT, 14, r -> r.type() == null ? null : types.get(r.type())),
                column(labels, "report.pipeline.col.means", CellKind.TEXT, 26,
                        r -> r.deliveryMeans() == null ? null : means.get(r.deliveryMeans())),
                column(labels, "report.pipeline.col.state", CellKind.TEXT, 16, r -> states.get(r.state())),
                column(labels, "report.pipeline.col.owner", CellKind.TEXT, 12, PipelineRequest::owner),
                column(labels, "report.pipeline.col.decidedAt", CellKind.DATE_TIME, 0, PipelineRequest::decidedAt),
                column(labels, "report.pipeline.col.daysToFeasibility", CellKind.DECIMAL, 0,
                        r -> r.decidedAt() == null ? null : PipelineTotals.days(r.createdAt(), r.decidedAt())),
                column(labels, "report.pipeline.col.offers", CellKind.INTEGER, 0, PipelineRequest::offers),
                column(labels, "report.pipeline.col.firstOffer", CellKind.DATE_TIME, 0, PipelineRequest::firstOfferAt),
                column(labels, "report.pipeline.col.daysToOffer", CellKind.DECIMAL, 0,
                        r -> r.firstOfferAt() == null ? null : PipelineTotals.days(r.createdAt(), r.firstOfferAt())),
                column(labels, "report.pipeline.col.customerDecision", CellKind.DATE_TIME, 0, PipelineRequest::customerDecisionAt),
                column(labels, "report.pipeline.col.daysToDecision", CellKind.DECIMAL, 0,
                        r -> r.customerDecisionAt() == null ? null : PipelineTotals.days(r.createdAt(), r.customerDecisionAt())));
    }

    static List<XlsxColumn<PipelineOffer>> offerColumns(ReportLabels labels) {
        Map<Tier, String> tiers = labels.labels("report.tier.", Tier.class);
        Map<CustomizationType, String> types = labels.labels("customization.type.", CustomizationType.class);
        Map<OfferState, String> states = labels.labels("offer.state.", OfferState.class);
        return List.of(
                column(labels, "report.pipeline.col.offer", CellKind.INTEGER, 9, PipelineOffer::id),
                column(labels, "report.pipeline.col.version", CellKind.INTEGER, 0, PipelineOffer::versionNo),
                column(labels, "report.pipeline.col.request", CellKind.INTEGER, 9, PipelineOffer::requestId),
                column(labels, "report.pipeline.col.submitted", CellKind.DATE_TIME, 0, PipelineOffer::requestCreatedAt),
                column(labels, "report.col.customer", CellKind.TEXT, 28, PipelineOffer::customerName),
                column(labels, "report.pipeline.col.type", CellKind.TEXT, 14, o -> o.type() == null ? null : types.get(o.type())),
                column(labels, "report.col.tier", CellKind.TEXT, 9, o -> o.tier() == null ? null : tiers.get(o.tier())),
                column(labels, "report.pipeline.col.owner", CellKind.TEXT, 12, PipelineOffer::owner),
                column(labels, "report.pipeline.col.author", CellKind.TEXT, 12, PipelineOffer::author),
                column(labels, "report.pipeline.col.state", CellKind.TEXT, 16, o -> states.get(o.state())),
                column(labels, "report.pipeline.col.created", CellKind.DATE_TIME, 0, PipelineOffer::createdAt),
                column(labels, "report.pipeline.col.sent", CellKind.DATE_TIME, 0, PipelineOffer::sentAt),
                column(labels, "report.pipeline.col.customerDecision", CellKind.DATE_TIME, 0, PipelineOffer::customerDecisionAt),
                column(labels, "report.pipeline.col.daysRequestToOffer", CellKind.DECIMAL, 0,
                        o -> PipelineTotals.days(o.requestCreatedAt(), o.createdAt())),
                column(labels, "report.pipeline.col.daysToDecision", CellKind.DECIMAL, 0,
                        o -> o.customerDecisionAt() == null ? null : PipelineTotals.days(o.requestCreatedAt(), o.customerDecisionAt())),
                column(labels, "report.pipeline.col.listTotal", CellKind.MONEY, 0, PipelineOffer::listTotal),
                column(labels, "report.pipeline.col.netTotal", CellKind.MONEY, 0, PipelineOffer::netTotal),
                column(labels, "report.pipeline.col.cost", CellKind.MONEY, 0, PipelineOffer::costTotal),
                column(labels, "report.pipeline.col.margin", CellKind.MONEY, 0, PipelineOffer::margin),
                // stored as a percentage (23.33); the cell holds the share (0.2333) and shows it as a percentage
                column(labels, "report.pipeline.col.marginPercent", CellKind.PERCENT, 0,
                        o -> o.marginPercent() == null ? null : o.marginPercent().movePointLeft(2)));
    }

    private static <T> XlsxColumn<T> column(ReportLabels labels, String key, CellKind kind, int width, Function<T, Object> value) {
        return new XlsxColumn<>(labels.getTranslation(key), kind, width, value);
    }
}
