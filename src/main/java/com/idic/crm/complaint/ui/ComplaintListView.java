package com.idic.crm.complaint.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.idic.crm.base.excel.XlsxDownload;
import com.idic.crm.complaint.ComplaintCategoryRow;
import com.idic.crm.complaint.ComplaintFilter;
import com.idic.crm.complaint.ComplaintPriority;
import com.idic.crm.complaint.ComplaintQueries;
import com.idic.crm.complaint.ComplaintRow;
import com.idic.crm.complaint.ComplaintService;
import com.idic.crm.complaint.ComplaintStatus;
import com.idic.crm.complaint.SlaState;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Sort;

/** All complaints, or mine, or the unassigned queue; filtered, sorted and paged by the database. */
@Route("complaints")
@Menu(title = "nav.interact.complaints", order = 2, icon = "EXCLAMATION_CIRCLE_O")
@RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
@StyleSheet("context://styles/complaint.css")
public class ComplaintListView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    enum Scope { ALL, MINE, UNASSIGNED, ESCALATED }

    final Grid<ComplaintRow> grid = new Grid<>(ComplaintRow.class, false);
    final Select<Scope> scope = new Select<>();
    final Select<ComplaintStatus> status = new Select<>();
    final Select<ComplaintPriority> priority = new Select<>();
    final Select<ComplaintCategoryRow> category = new Select<>();
    final Select<SlaState> sla = new Select<>();
    final Checkbox openOnly = new Checkbox();

    Anchor export;
    private final ComplaintQueries queries;
    private final Map<Long, String> categoryNames;

    public ComplaintListView(ComplaintQueries queries, ComplaintService service, CustomerService customers, Clock clock) {
        this.queries = queries;
        addClassNames("view", "complaint-list");
        List<ComplaintCategoryRow> categories = queries.categories();
        categoryNames = categories.stream().collect(Collectors.toMap(ComplaintCategoryRow::id, c -> c.label(getLocale())));
        Div header = new Div(new H2(getTranslation("complaint.list.title")));
        header.addClassName("view-header");
        if (CurrentUser.hasRole(AppRoles.SERVICE_DESK) || CurrentUser.hasRole(AppRoles.MANAGER)) {
            Button create = new Button(getTranslation("complaint.new.button"), VaadinIcon.PLUS.create(),
                    click -> new NewComplaintDialog(service, customers, null, id -> ComplaintView.open(id)).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(create);
        }
        header.add(exportButton(clock));
        add(header, filterBar(categories), grid);
        configureGrid();
    }

    private Div filterBar(List<ComplaintCategoryRow> categories) {
        scope.setLabel(getTranslation("complaint.filter.scope"));
        scope.setItems(Scope.values());
        scope.setItemLabelGenerator(s -> getTranslation("complaint.scope." + s.name().toLowerCase()));
        scope.setValue(Scope.ALL);
        status.setLabel(getTranslation("complaint.filter.status"));
        status.setItems(ComplaintStatus.values());
        anyOption(status);
        status.setItemLabelGenerator(s -> s == null ? getTranslation("complaint.filter.any") : ComplaintTexts.of(this, s));
        priority.setLabel(getTranslation("complaint.filter.priority"));
        priority.setItems(ComplaintPriority.values());
        anyOption(priority);
        priority.setItemLabelGenerator(p -> p == null ? getTranslation("complaint.filter.any") : ComplaintTexts.of(this, p));
        category.setLabel(getTranslation("complaint.filter.category"));
        category.setItems(categories);
        anyOption(category);
        category.setItemLabelGenerator(c -> c == null ? getTranslation("complaint.filter.any") : c.label(getLocale()));
        sla.setLabel(getTranslation("complaint.filter.sla"));
        sla.setItems(SlaState.values());
        anyOption(sla);
        sla.setItemLabelGenerator(s -> s == null ? getTranslation("complaint.filter.any") : ComplaintTexts.of(this, s));
        openOnly.setLabel(getTranslation("complaint.filter.openOnly"));
        openOnly.setValue(true);
        Arrays.asList(scope, status, priority, category, sla).forEach(s -> s.addValueChangeListener(e -> refresh()));
        openOnly.addValueChangeListener(e -> refresh());
        Div bar = new Div(scope, status, priority, category, sla, openOnly);
        bar.addClassName("filter-bar");
        return bar;
    }

    private static <T> void anyOption(Select<T> select) {
        select.setEmptySelectionAllowed(true);
    }

    private void configureGrid() {
        grid.addColumn(ComplaintRow::id).setKey("number").setHeader(getTranslation("complaint.column.number")).setWidth("4rem").setFlexGrow(0);
        grid.addColumn(ComplaintRow::subject).setKey("subject").setHeader(getTranslation("complaint.column.subject")).setWidth("11rem")
                .setFlexGrow(3).setTooltipGenerator(ComplaintRow::subject);
        grid.addColumn(ComplaintRow::customerName).setKey("customer").setHeader(getTranslation("complaint.column.customer")).setWidth("7rem").setFlexGrow(2)
                .setTooltipGenerator(ComplaintRow::customerName);
        grid.addColumn(badge("status", row -> ComplaintTexts.of(this, row.status()), row -> ComplaintTexts.statusTheme(row.status())))
                .setKey("status").setHeader(getTranslation("complaint.column.status")).setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(badge("priority", row -> ComplaintTexts.of(this, row.priority()), row -> ComplaintTexts.priorityTheme(row.priority())))
                .setHeader(getTranslation("complaint.column.priority")).setKey("priorityRank").setSortProperty("priorityRank")
                .setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(row -> row.categoryId() == null ? "" : categoryNames.getOrDefault(row.categoryId(), ""))
                .setKey("category").setHeader(getTranslation("complaint.column.category")).setWidth("6rem").setFlexGrow(1);
        grid.addColumn(row -> row.assignee() == null ? getTranslation("complaint.assign.nobody") : row.assignee())
                .setKey("assignee").setHeader(getTranslation("complaint.column.assignee")).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(row -> ComplaintTexts.shortDateTime(this, row.receivedAt())).setHeader(getTranslation("complaint.column.received"))
                .setKey("receivedAt").setSortProperty("receivedAt").setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(row -> row.status().isOpen() ? ComplaintTexts.shortDateTime(this, row.nextDue()) : "")
                .setHeader(getTranslation("complaint.column.due")).setKey("resolutionDue").setSortProperty("resolutionDue")
                .setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(badge("sla", row -> slaText(row), row -> row.breached() ? "error" : row.status().isOpen() ? "" : "success"))
                .setKey("sla").setHeader(getTranslation("complaint.column.sla")).setWidth("6rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("complaint.list.empty"));
        grid.setMultiSort(false);
        grid.setItemsPageable(pageable -> queries.page(filter(), pageable));
        grid.addItemClickListener(click -> ComplaintView.open(click.getItem().id()));
        grid.setSizeFull();
    }

    private String slaText(ComplaintRow row) {
        if (row.breached()) {
            return ComplaintTexts.of(this, SlaState.BREACHED);
        }
        return ComplaintTexts.of(this, row.status().isOpen() ? SlaState.ONGOING : SlaState.MET);
    }

    private LitRenderer<ComplaintRow> badge(String name, java.util.function.Function<ComplaintRow, String> text,
                                            java.util.function.Function<ComplaintRow, String> theme) {
        return LitRenderer.<ComplaintRow>of("<span theme=\"badge ${item." + name + "Theme}\">${item." + name + "}</span>")
                .withProperty(name, text::apply).withProperty(name + "Theme", theme::apply);
    }

    ComplaintFilter filter() {
        Scope chosen = scope.getValue() == null ? Scope.ALL : scope.getValue();
        return new ComplaintFilter(status.getValue(), priority.getValue(),
                chosen == Scope.MINE ? CurrentUser.usernameOrSystem() : null, chosen == Scope.UNASSIGNED,
                category.getValue() == null ? null : category.getValue().id(), sla.getValue(), null,
                openOnly.getValue(), chosen == Scope.ESCALATED);
    }

    /** "Export to Excel": the rows of the current filter and order in the visible columns, streamed. */
    private Anchor exportButton(Clock clock) {
        export = new Anchor(XlsxDownload.of(clock.getZone(), () -> ComplaintListExport.of(queries, filter(), sortOf(grid),
                XlsxDownload.visibleColumnKeys(grid), categoryNames,
                this::getTranslation, LocalDate.now(clock))), "");
        XlsxDownload.asExportLink(export, getTranslation("complaint.list.export"));
        return export;
    }

    /** The grid's sort as the service takes it. */
    static Sort sortOf(Grid<?> grid) {
        return Sort.by(grid.getSortOrder().stream()
                .flatMap(order -> order.getSorted().getSortOrder(order.getDirection()))
                .map(order -> order.getDirection() == SortDirection.ASCENDING
                        ? Sort.Order.asc(order.getSorted()) : Sort.Order.desc(order.getSorted()))
                .toList());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("scope").ifPresent(value -> Arrays.stream(Scope.values())
                .filter(s -> s.name().equalsIgnoreCase(value)).findFirst().ifPresent(scope::setValue));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaint.list.title");
    }
}
