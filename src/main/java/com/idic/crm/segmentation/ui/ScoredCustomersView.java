package com.idic.crm.segmentation.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import com.idic.crm.base.excel.XlsxDownload;
import com.idic.crm.base.ui.Formats;
import com.idic.crm.base.ui.Notifications;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.ui.CustomerView;
import com.idic.crm.security.AppRoles;
import com.idic.crm.segmentation.CustomerScore;
import com.idic.crm.segmentation.ScoreFilter;
import com.idic.crm.segmentation.ScoreSort;
import com.idic.crm.segmentation.SegmentationResults;
import com.idic.crm.segmentation.SegmentationService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;

/**
 * Customers with their scores, paged, filtered and sorted by the database. The filter lives in the
 * URL ({@link ScoreQuery}), so the segments charts link here and a filtered list can be bookmarked.
 */
@Route("segments/customers")
@Menu(title = "nav.differentiate.scored", order = 2, icon = "TABLE")
@RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
@StyleSheet("context://styles/segments.css")
public class ScoredCustomersView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<CustomerScore> grid = new Grid<>(CustomerScore.class, false);
    final ScoreFilterBar filters;
    final Div messages = new Div();
    Anchor export;

    private final transient SegmentationResults results;
    private final transient SegmentationService runs;

    public ScoredCustomersView(SegmentationResults results, SegmentationService runs, CustomerService customers, Clock clock) {
        this.results = results;
        this.runs = runs;
        addClassNames("view", "scored-view");
        filters = new ScoreFilterBar(customers.regions(), this::filterChanged);
        configureGrid();
        Div header = new Div(new H2(getTranslation("segments.scored.title")), exportButton(clock));
        header.addClassName("view-header");
        add(header, messages, filters, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ScoreQuery query = ScoreQuery.parse(event.getLocation().getQueryParameters());
        messages.removeAll();
        if (!query.problems().isEmpty()) {
            String bad = String.join(", ", query.problems());
            messages.add(SegmentsView.problem(getTranslation("segments.scored.badParameter", bad)));
            Notifications.warning(getTranslation("segments.scored.badParameter", bad));
        }
        ScoreFilter filter = query.filter();
        if (filter.runId() != null && runs.run(filter.runId()).isEmpty()) {
            messages.add(SegmentsView.problem(getTranslation("segments.scored.badParameter", "run=" + filter.runId())));
            filter = filter.inRun(null);
        }
        if (filter.runId() == null && runs.latestSuccessfulRun().isEmpty()) {
            messages.add(new Span(getTranslation("segments.scored.noRun")));
        } else if (filter.runId() != null) {
            messages.add(new Span(getTranslation("segments.olderRun", filter.runId())));
        }
        filters.show(filter);
        offerSortsFor(filter);
        grid.getDataProvider().refreshAll();
    }

    private void filterChanged() {
        offerSortsFor(filters.filter());
        grid.getDataProvider().refreshAll();
        String path = RouteConfiguration.forSessionScope().getUrl(ScoredCustomersView.class);
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(path, ScoreQuery.toParameters(filters.filter())));
    }

    private void configureGrid() {
        Locale locale = getLocale();
        grid.addColumn(CustomerScore::customerName).setHeader(getTranslation("segments.col.name")).setKey("name")
                .setFlexGrow(3).setWidth("8rem").setTooltipGenerator(CustomerScore::customerName);
        grid.addColumn(s -> s.customerType() == null ? "" : getTranslation("customer.type." + s.customerType().name()))
                .setHeader(getTranslation("segments.col.type")).setKey("type").setWidth("6rem").setFlexGrow(0);
        grid.addColumn(CustomerScore::region).setHeader(getTranslation("segments.col.region")).setKey("region").setWidth("5rem").setFlexGrow(0);
        grid.addColumn(s -> s.rfmCode() == null ? "" : s.rfmCode()).setHeader(getTranslation("segments.col.rfm")).setKey("rfm")
                .setWidth("4rem").setFlexGrow(0);
        grid.addColumn(s -> label("segments.tier.", s.tier())).setHeader(getTranslation("segments.col.tier")).setKey("tier").setWidth("5rem").setFlexGrow(0);
        grid.addColumn(s -> label("segments.abc.", s.abcClass())).setHeader(getTranslation("segments.col.abc")).setKey("abc").setWidth("3.5rem").setFlexGrow(0);
        grid.addColumn(s -> label("segments.quadrant.", s.quadrant())).setHeader(getTranslation("segments.col.quadrant")).setKey("quadrant")
                .setWidth("7rem").setFlexGrow(1);
        grid.addColumn(s -> label("segments.credit.", s.creditRating())).setHeader(getTranslation("segments.col.credit")).setKey("credit")
                .setWidth("6rem").setFlexGrow(0);
        grid.addColumn(s -> label("segments.stage.", s.stage()) + (s.stageOverridden() ? " \u270e" : ""))
                .setHeader(getTranslation("segments.col.stage")).setKey("stage").setWidth("6rem").setFlexGrow(0);
        money(getTranslation("segments.col.profit12"), CustomerScore::profit12m, locale).setKey("profit").setSortProperty("profit");
        money(getTranslation("segments.col.clv"), CustomerScore::clvTotal, locale).setKey("clv").setSortProperty("clv");
        // widths in rem, not em (header cells have a smaller font: em would set headers out of line with their
        // cells); they add up to about 67rem, so the columns fit a 1440px screen beside the menu without scrolling sideways
        grid.getColumns().forEach(column -> column.setResizable(true));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("segments.scored.empty"));
        grid.setMultiSort(false);
        grid.setItems(query -> results.page(filters.filter(), sort(query), ascending(query), query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(click -> click.getSource().getUI().ifPresent(ui ->
                ui.navigate(CustomerView.class, CustomerView.parameters(click.getItem().customerId()))));
        grid.sort(GridSortOrder.desc(grid.getColumnByKey("profit")).build());
        grid.setSizeFull();
    }

    /** "Export to Excel": the rows of the current filter and order in the visible columns, streamed. */
    private Anchor exportButton(Clock clock) {
        export = new Anchor(XlsxDownload.of(clock.getZone(), () -> {
            Optional<GridSortOrder<CustomerScore>> order = grid.getSortOrder().stream().findFirst();
            boolean byClv = order.map(o -> "clv".equals(o.getSorted().getKey())).orElse(false);
            boolean up = order.map(o -> o.getDirection() == SortDirection.ASCENDING).orElse(false);
            // by profit the list reads its rank, which runs opposite to the amount
            return ScoredCustomersExport.of(results, filters.filter(), byClv ? ScoreSort.CLV_TOTAL : ScoreSort.PROFIT_RANK,
                    byClv ? up : order.isEmpty() || !up,
                    XlsxDownload.visibleColumnKeys(grid),
                    this::getTranslation, LocalDate.now(clock));
        }), "");
        XlsxDownload.asExportLink(export, getTranslation("segments.scored.export"));
        return export;
    }

    /**
     * Every filter has an index in profit order; the CLV order has one for the whole list only (one per filter
     * and sort would make each run build dozens of indexes). So a filtered list sorts by profit, and a
     * first page stays a read of a few index rows however large the customer base.
     */
    private void offerSortsFor(ScoreFilter filter) {
        boolean filtered = !filter.wholeList();
        Grid.Column<CustomerScore> clv = grid.getColumnByKey("clv");
        clv.setSortable(!filtered);
        boolean sortedByClv = grid.getSortOrder().stream().anyMatch(order -> order.getSorted() == clv);
        if (filtered && sortedByClv) {
            grid.sort(GridSortOrder.desc(grid.getColumnByKey("profit")).build());
        }
    }

    /** Profit and revenue sort by their rank (an index), whose order is the reverse of the amount's. */
    private static ScoreSort sort(Query<CustomerScore, ?> query) {
        return query.getSortOrders().stream().findFirst()
                .map(order -> switch (order.getSorted()) {
                    case "clv" -> ScoreSort.CLV_TOTAL;
                    default -> ScoreSort.PROFIT_RANK;
                })
                .orElse(ScoreSort.PROFIT_RANK);
    }

    private static boolean ascending(Query<CustomerScore, ?> query) {
        return query.getSortOrders().stream().findFirst().map(order -> {
            boolean up = order.getDirection() == SortDirection.ASCENDING;
            return "clv".equals(order.getSorted()) ? up : !up;
        }).orElse(true);
    }

    private String label(String prefix, Enum<?> value) {
        return value == null ? "" : getTranslation(prefix + value.name());
    }

    private Grid.Column<CustomerScore> money(String header, Function<CustomerScore, BigDecimal> value, Locale locale) {
        return grid.addColumn(row -> Formats.money(value.apply(row), locale)).setHeader(header)
                .setTextAlign(ColumnTextAlign.END).setWidth("8.5rem").setFlexGrow(0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("segments.scored.title") + " \u00b7 " + getTranslation("app.name");
    }
}
