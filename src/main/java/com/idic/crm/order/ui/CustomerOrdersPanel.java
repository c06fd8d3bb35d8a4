package com.idic.crm.order.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Function;

import com.idic.crm.base.excel.XlsxDownload;
import com.idic.crm.base.ui.Formats;
import com.idic.crm.order.OrderRow;
import com.idic.crm.order.OrderService;
import com.idic.crm.order.OrderTotals;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import org.springframework.data.domain.Sort;

/** A customer's orders, paged from the database, under a one-line summary. */
@StyleSheet("context://styles/order.css")
class CustomerOrdersPanel extends VerticalLayout {

    final Grid<OrderRow> grid = new Grid<>(OrderRow.class, false);

    CustomerOrdersPanel(OrderService orderService, long customerId, Clock clock) {
        addClassName("customer-orders");
        setPadding(false);
        setSizeFull();
        Locale locale = getLocale();
        Span summary = new Span(summaryText(orderService.totalsForCustomer(customerId), locale));
        summary.addClassName("order-summary");

        grid.addColumn(OrderRow::orderNumber).setHeader(getTranslation("order.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> Formats.date(row.orderDate(), locale)).setHeader(getTranslation("order.date"))
                .setKey("orderDate").setSortProperty("orderDate").setAutoWidth(true).setFlexGrow(0);
        money(getTranslation("order.amount"), OrderRow::amount, locale).setKey("amount").setSortProperty("amount");
        money(getTranslation("order.cost"), OrderRow::cost, locale);
        money(getTranslation("order.profit"), OrderRow::profit, locale);
        grid.addColumn(OrderRow::category).setHeader(getTranslation("order.category")).setAutoWidth(true);
        grid.addColumn(OrderRow::channel).setHeader(getTranslation("order.channel")).setAutoWidth(true);
        money(getTranslation("order.paidAmount"), OrderRow::paidAmount, locale);
        grid.addColumn(row -> Formats.date(row.paidDate(), locale)).setHeader(getTranslation("order.paidDate"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("order.empty"));
        grid.setItemsPageable(pageable -> orderService.pageForCustomer(customerId, pageable));
        grid.setSizeFull();
        Anchor export = new Anchor(XlsxDownload.of(clock.getZone(), () -> CustomerOrdersExport.of(orderService,
                customerId, sortOf(grid), this::getTranslation, LocalDate.now(clock))), "");
        XlsxDownload.asExportLink(export, getTranslation("order.export"), ButtonVariant.LUMO_SMALL);
        HorizontalLayout top = new HorizontalLayout(summary, export);
        top.setAlignItems(Alignment.CENTER);
        add(top, grid);
    }

    /** The grid's sort as the service takes it. */
    static Sort sortOf(Grid<?> grid) {
        return Sort.by(grid.getSortOrder().stream()
                .flatMap(order -> order.getSorted().getSortOrder(order.getDirection()))
                .map(order -> order.getDirection() == SortDirection.ASCENDING
                        ? Sort.Order.asc(order.getSorted()) : Sort.Order.desc(order.getSorted()))
                .toList());
    }

    private Grid.Column<OrderRow> money(String header, Function<OrderRow, BigDecimal> value, Locale locale) {
        return grid.addColumn(row -> Formats.money(value.apply(row), locale)).setHeader(header)
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
    }

    private String summaryText(OrderTotals totals, Locale locale) {
        LocalDate last = totals.lastOrderDate();
        return getTranslation("order.summary", totals.count(), Formats.money(totals.revenue(), locale),
                Formats.money(totals.profit(), locale),
                last == null ? getTranslation("common.none") : Formats.date(last, locale));
    }
}
