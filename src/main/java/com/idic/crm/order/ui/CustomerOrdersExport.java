package com.idic.crm.order.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.idic.crm.base.excel.CellKind;
import com.idic.crm.base.excel.XlsxColumn;
import com.idic.crm.base.excel.XlsxDownload;
import com.idic.crm.order.OrderRow;
import com.idic.crm.order.OrderService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** A customer's orders as a workbook, in the grid's order, as typed cells. */
final class CustomerOrdersExport {

    private CustomerOrdersExport() {
    }

    /**
     * One customer's orders are a few hundred at most, so they are read in pages of the grid's own query
     * rather than by key.
     */
    static XlsxDownload.Export<OrderRow> of(OrderService orders, long customerId, Sort sort,
                                            Function<String, String> translation, LocalDate today) {
        AtomicInteger read = new AtomicInteger();
        return new XlsxDownload.Export<>("orders-customer-" + customerId + "-" + today + ".xlsx",
                translation.apply("order.section.title"), List.of(
                XlsxColumn.of(translation.apply("order.number"), CellKind.TEXT, OrderRow::orderNumber),
                XlsxColumn.of(translation.apply("order.date"), CellKind.DATE, OrderRow::orderDate),
                XlsxColumn.of(translation.apply("order.amount"), CellKind.MONEY, OrderRow::amount),
                XlsxColumn.of(translation.apply("order.cost"), CellKind.MONEY, OrderRow::cost),
                XlsxColumn.of(translation.apply("order.profit"), CellKind.MONEY, OrderRow::profit),
                XlsxColumn.of(translation.apply("order.category"), CellKind.TEXT, OrderRow::category),
                XlsxColumn.of(translation.apply("order.channel"), CellKind.TEXT, OrderRow::channel),
                XlsxColumn.of(translation.apply("order.paidAmount"), CellKind.MONEY, OrderRow::paidAmount),
                XlsxColumn.of(translation.apply("order.paidDate"), CellKind.DATE, OrderRow::paidDate)),
                (last, limit) -> {
                    List<OrderRow> page = orders.pageForCustomer(customerId, PageRequest.of(read.get() / limit, limit, sort));
                    read.addAndGet(page.size());
                    return page;
                });
    }
}
