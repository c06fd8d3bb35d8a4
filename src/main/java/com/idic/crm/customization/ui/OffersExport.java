package com.idic.crm.customization.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.idic.crm.base.excel.CellKind;
import com.idic.crm.base.excel.XlsxColumn;
import com.idic.crm.base.excel.XlsxDownload;
import com.idic.crm.customization.OfferFilter;
import com.idic.crm.customization.OfferList;
import com.idic.crm.customization.OfferRow;
import org.springframework.data.domain.Sort;

/**
 * The offers list as a workbook: its filter, its order, its visible columns, as typed cells. The grid's
 * "offer · version" column becomes two number columns, and the request column the request's number.
 */
final class OffersExport {

    private OffersExport() {
    }

    /** {@code columnKeys}: the grid's visible columns, left to right; {@code translation}: the user's language. */
    static XlsxDownload.Export<OfferRow> of(OfferList offers, OfferFilter filter, Sort sort, List<String> columnKeys,
                                            Function<String, String> translation, ZoneId zone, LocalDate today) {
        Map<String, List<XlsxColumn<OfferRow>>> columns = Map.of(
                "offer", List.of(
                        XlsxColumn.<OfferRow>of(translation.apply("offer.column.offer"), CellKind.INTEGER, OfferRow::id),
                        XlsxColumn.<OfferRow>of(translation.apply("offer.list.version"), CellKind.INTEGER, OfferRow::versionNo)),
                "customer", List.of(XlsxColumn.<OfferRow>of(translation.apply("customization.field.customer"), CellKind.TEXT,
                        OfferRow::customerName).withWidth(28)),
                "request", List.of(XlsxColumn.<OfferRow>of(translation.apply("offer.list.request"), CellKind.INTEGER,
                        OfferRow::requestId)),
                "state", List.of(XlsxColumn.<OfferRow>of(translation.apply("offer.column.state"), CellKind.TEXT,
                        row -> translation.apply("offer.state." + row.state().name())).withWidth(18)),
                "net", List.of(XlsxColumn.<OfferRow>of(translation.apply("offer.column.net"), CellKind.MONEY, OfferRow::netTotal)),
                "margin", List.of(XlsxColumn.<OfferRow>of(translation.apply("offer.column.margin"), CellKind.PERCENT,
                        row -> share(row.marginPercent()))),
                "validUntil", List.of(XlsxColumn.<OfferRow>of(translation.apply("offer.column.validUntil"), CellKind.DATE,
                        OfferRow::validUntil)),
                "author", List.of(XlsxColumn.<OfferRow>of(translation.apply("offer.column.author"), CellKind.TEXT, OfferRow::author)),
                "createdAt", List.of(XlsxColumn.<OfferRow>of(translation.apply("offer.column.created"), CellKind.DATE,
                        row -> row.createdAt().atZone(zone).toLocalDate())));
        List<XlsxColumn<OfferRow>> visible = new ArrayList<>();
        columnKeys.stream().filter(columns::containsKey).forEach(key -> visible.addAll(columns.get(key)));
        return new XlsxDownload.Export<>("offers-" + today + ".xlsx", translation.apply("offer.list.title"), visible,
                (last, limit) -> offers.chunkAfter(filter, sort, last, limit));
    }

    /** Offers keep percentages (23.33); a percentage cell holds the share (0.2333). */
    private static BigDecimal share(BigDecimal percent) {
        return percent == null ? null : percent.movePointLeft(2);
    }
}
