package com.idic.crm.customer.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.idic.crm.base.excel.CellKind;
import com.idic.crm.base.excel.XlsxColumn;
import com.idic.crm.base.excel.XlsxDownload;
import com.idic.crm.customer.CustomerFilter;
import com.idic.crm.customer.CustomerRow;
import com.idic.crm.customer.CustomerService;
import org.springframework.data.domain.Sort;

/** The customer list as a workbook: its filter, its order, its visible columns, as typed cells. */
final class CustomerListExport {

    private CustomerListExport() {
    }

    /** {@code columnKeys}: the grid's visible columns, left to right; {@code translation}: the user's language. */
    static XlsxDownload.Export<CustomerRow> of(CustomerService customers, CustomerFilter filter, Sort sort,
                                               List<String> columnKeys, Function<String, String> translation, LocalDate today) {
        Map<String, XlsxColumn<CustomerRow>> columns = Map.of(
                "name", XlsxColumn.<CustomerRow>of(translation.apply("customer.field.name"), CellKind.TEXT, CustomerRow::name).withWidth(28),
                "type", XlsxColumn.of(translation.apply("customer.field.type"), CellKind.TEXT,
                        row -> translation.apply("customer.type." + row.type().name())),
                "region", XlsxColumn.of(translation.apply("customer.field.region"), CellKind.TEXT, CustomerRow::region),
                "relationship", XlsxColumn.of(translation.apply("customer.field.relationshipType"), CellKind.TEXT,
                        row -> translation.apply("customer.relationship." + row.relationshipType().name())),
                "stage", XlsxColumn.of(translation.apply("customer.field.stage"), CellKind.TEXT,
                        row -> translation.apply("customer.stage." + row.stage().name())),
                "phone", XlsxColumn.of(translation.apply("customer.field.phone"), CellKind.TEXT, CustomerRow::phone),
                "email", XlsxColumn.<CustomerRow>of(translation.apply("customer.field.email"), CellKind.TEXT, CustomerRow::email).withWidth(26),
                "lastVerifiedOn", XlsxColumn.of(translation.apply("customer.field.lastVerifiedOn"), CellKind.DATE,
                        CustomerRow::lastVerifiedOn));
        return new XlsxDownload.Export<>("customers-" + today + ".xlsx", translation.apply("customer.list.title"),
                columnKeys.stream().filter(columns::containsKey).map(columns::get).toList(),
                (last, limit) -> customers.chunkAfter(filter, sort, last, limit));
    }
}
