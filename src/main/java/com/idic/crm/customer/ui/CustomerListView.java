package com.idic.crm.customer.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.idic.crm.base.excel.XlsxDownload;
import com.idic.crm.base.ui.Formats;
import com.idic.crm.customer.CustomerRow;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.VerificationSettings;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Sort;

/** The customer list: filter, find, open. The first screen of a service-desk clerk's day. */
@Route("customers")
@RouteAlias("")
@Menu(title = "nav.identify.customers", order = 1, icon = "USERS")
@RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
@StyleSheet("context://styles/customer.css")
public class CustomerListView extends Main implements HasDynamicTitle {

    private static final List<String> SORTABLE_COLUMNS = List.of("name", "region", "lastVerifiedOn");

    final Grid<CustomerRow> grid = new Grid<>(CustomerRow.class, false);
    final CustomerFilterBar filters;
    Anchor export;

    private final CustomerService customers;
    private final transient Clock clock;

    public CustomerListView(CustomerService customers, VerificationSettings verification, Clock clock) {
        this.customers = customers;
        this.clock = clock;
        addClassNames("view", "customer-list");
        filters = new CustomerFilterBar(customers.regions(), this::filterChanged);

        Button newCustomer = new Button(getTranslation("customer.new.button"), VaadinIcon.PLUS.create(),
                click -> new NewCustomerDialog(created -> openCustomer(customers.create(created))).open());
        newCustomer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div header = new Div(new H2(getTranslation("customer.list.title")), newCustomer, exportButton());
        header.addClassName("view-header");
        if (CurrentUser.hasRole(AppRoles.MANAGER) || CurrentUser.hasRole(AppRoles.ADMIN)) {
            Button settings = new Button(getTranslation("customer.settings.button"), VaadinIcon.COG.create(),
                    click -> new VerificationSettingsDialog(verification, grid.getDataProvider()::refreshAll).open());
            settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            header.add(settings);
        }

        configureGrid();
        add(header, filters, grid);
    }

    private void configureGrid() {
        // widths in rem, not em: header cells have a smaller font, and em widths would set headers out of line with
        // their cells; they add up to 68rem so the columns fit a 1440px screen without scrolling sideways
        grid.addColumn(CustomerRow::name).setHeader(getTranslation("customer.field.name")).setKey("name")
                .setSortProperty("name").setWidth("10.5rem").setFlexGrow(3).setTooltipGenerator(CustomerRow::name);
        // cells with markup are Lit templates rendered in the browser: no server-side components per row
        grid.addColumn(LitRenderer.<CustomerRow>of("<span theme=\"badge contrast\">${item.type}</span>")
                        .withProperty("type", row -> getTranslation("customer.type." + row.type().name())))
                .setHeader(getTranslation("customer.field.type")).setKey("type").setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(CustomerRow::region).setHeader(getTranslation("customer.field.region")).setKey("region")
                .setSortProperty("region").setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(row -> getTranslation("customer.relationship." + row.relationshipType().name()))
                .setHeader(getTranslation("customer.field.relationshipType")).setKey("relationship")
                .setWidth("7rem").setFlexGrow(1);
        grid.addColumn(row -> getTranslation("customer.stage." + row.stage().name()))
                .setHeader(getTranslation("customer.field.stage")).setKey("stage").setWidth("6rem").setFlexGrow(1);
        grid.addColumn(CustomerRow::phone).setHeader(getTranslation("customer.field.phone")).setKey("phone")
                .setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(CustomerRow::email).setHeader(getTranslation("customer.field.email")).setKey("email")
                .setWidth("9.5rem").setFlexGrow(1).setTooltipGenerator(CustomerRow::email);
        grid.addColumn(verificationRenderer()).setHeader(getTranslation("customer.field.lastVerifiedOn"))
                .setKey("lastVerifiedOn").setSortProperty("lastVerifiedOn").setWidth("14.5rem").setFlexGrow(0);
        grid.getColumns().forEach(column -> column.setResizable(true));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("customer.list.empty"));
        grid.setItemsPageable(pageable -> customers.page(filters.filter(), pageable));
        grid.addItemClickListener(click -> openCustomer(click.getItem().id()));
        grid.setSizeFull();
    }

    /** The date and, when due, a "needs verification" badge; an empty badge has no theme and shows nothing. */
    private LitRenderer<CustomerRow> verificationRenderer() {
        String never = getTranslation("customer.verification.never");
        String needed = getTranslation("customer.verification.needed");
        return LitRenderer.<CustomerRow>of("<span class=\"verification-cell\"><span>${item.date}</span>"
                        + "<span theme=\"${item.markerTheme}\">${item.marker}</span></span>")
                .withProperty("date", row -> row.lastVerifiedOn() == null ? never : Formats.date(row.lastVerifiedOn(), getLocale()))
                .withProperty("marker", row -> row.needsVerification() ? needed : "")
                .withProperty("markerTheme", row -> row.needsVerification() ? "badge error small" : "");
    }

    /** "Export to Excel": the rows of the current filter and order in the visible columns, streamed. */
    private Anchor exportButton() {
        export = new Anchor(XlsxDownload.of(clock.getZone(), () -> CustomerListExport.of(customers, filters.filter(),
                sortOf(grid), XlsxDownload.visibleColumnKeys(grid),
                this::getTranslation, LocalDate.now(clock))), "");
        XlsxDownload.asExportLink(export, getTranslation("customer.list.export"));
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

    /** A search that decides the order turns the column sorting off while it is active. */
    private void filterChanged() {
        boolean ordered = filters.filter().decidesTheOrder();
        SORTABLE_COLUMNS.forEach(key -> grid.getColumnByKey(key).setSortable(!ordered));
        if (ordered && !grid.getSortOrder().isEmpty()) {
            grid.sort(List.of());
        }
        grid.getDataProvider().refreshAll();
    }

    static Span badge(String text, String variants) {
        Span badge = new Span(text);
        badge.getElement().setAttribute("theme", "badge " + variants);
        return badge;
    }

    private void openCustomer(long id) {
        getUI().ifPresent(ui -> ui.navigate(CustomerView.class, CustomerView.parameters(id)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("customer.list.title") + " · " + getTranslation("app.name");
    }
}
