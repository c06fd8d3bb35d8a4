package com.idic.crm.customization.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.idic.crm.base.excel.CellKind;
import com.idic.crm.base.excel.XlsxColumn;
import com.idic.crm.base.excel.XlsxDownload;
import com.idic.crm.customization.CustomizationService;
import com.idic.crm.customization.RequestFilter;
import com.idic.crm.customization.RequestRow;
import org.springframework.data.domain.Sort;

/** The requests list as a workbook: its filter, its order, its visible columns, as typed cells. */
final class RequestsExport {

    private RequestsExport() {
    }

    /** {@code columnKeys}: the grid's visible columns, left to right; {@code translation}: the user's language. */
    static XlsxDownload.Export<RequestRow> of(CustomizationService requests, RequestFilter filter, Sort sort,
                                              List<String> columnKeys, Function<String, String> translation,
                                              ZoneId zone, LocalDate today) {
        Map<String, XlsxColumn<RequestRow>> columns = Map.of(
                "createdAt", XlsxColumn.of(translation.apply("customization.field.submitted"), CellKind.DATE,
                        row -> row.createdAt().atZone(zone).toLocalDate()),
                "customer", XlsxColumn.<RequestRow>of(translation.apply("customization.field.customer"), CellKind.TEXT,
                        RequestRow::customerName).withWidth(28),
                "need", XlsxColumn.<RequestRow>of(translation.apply("customization.field.need"), CellKind.TEXT,
                        RequestRow::need).withWidth(50),
                "needLevel", XlsxColumn.of(translation.apply("customization.field.needLevel"), CellKind.TEXT,
                        row -> translation.apply("customization.need." + row.needLevel().name())),
                "tier", XlsxColumn.of(translation.apply("customization.field.tier"), CellKind.TEXT,
                        row -> row.tier() == null ? translation.apply("customization.unscored")
                                : translation.apply("segments.tier." + row.tier().name())),
                "type", XlsxColumn.of(translation.apply("customization.field.typeShort"), CellKind.TEXT,
                        row -> row.type() == null ? null : translation.apply("customization.type." + row.type().name())),
                "state", XlsxColumn.<RequestRow>of(translation.apply("customization.field.state"), CellKind.TEXT,
                        row -> translation.apply("customization.requestState." + row.state().name())).withWidth(18),
                "owner", XlsxColumn.of(translation.apply("customization.field.owner"), CellKind.TEXT, RequestRow::owner));
        return new XlsxDownload.Export<>("customization-requests-" + today + ".xlsx",
                translation.apply("customization.requests.title"),
                columnKeys.stream().filter(columns::containsKey).map(columns::get).toList(),
                (last, limit) -> requests.chunkAfter(filter, sort, last, limit));
    }
}
