package com.idic.crm.customization.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import com.idic.crm.base.excel.XlsxDownload;
import com.idic.crm.base.ui.Formats;
import com.idic.crm.customization.CustomizationService;
import com.idic.crm.customization.CustomizationType;
import com.idic.crm.customization.RequestFilter;
import com.idic.crm.customization.RequestRow;
import com.idic.crm.customization.RequestState;
import com.idic.crm.security.AppRoles;
import com.idic.crm.segmentation.Tier;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Every customization request, newest first, filtered by state, type, tier and owner in the database. */
@Route("customization/requests")
@Menu(title = "nav.customize.requests", order = 10, icon = "LIGHTBULB")
@RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
@StyleSheet("context://styles/customization.css")
public class RequestsView extends Main implements HasDynamicTitle {

    final Grid<RequestRow> grid = new Grid<>(RequestRow.class, false);
    final ComboBox<RequestState> state = new ComboBox<>();
    final ComboBox<CustomizationType> type = new ComboBox<>();
    final ComboBox<Tier> tier = new ComboBox<>();
    final ComboBox<String> owner = new ComboBox<>();

    final Anchor export = new Anchor();

    private final CustomizationService requests;
    private final Clock clock;

    public RequestsView(CustomizationService requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
        addClassNames("view", "requests-view");
        Div header = new Div(new H2(getTranslation("customization.requests.title")), exportButton());
        header.addClassName("view-header");
        filter(state, "customization.field.state", RequestState.values(), "customization.requestState.");
        filter(type, "customization.field.type", CustomizationType.values(), "customization.type.");
        filter(tier, "customization.field.tier", Tier.values(), "segments.tier.");
        owner.setPlaceholder(getTranslation("customization.field.owner"));
        owner.setItems(requests.owners());
        owner.setClearButtonVisible(true);
        owner.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Div filters = new Div(state, type, tier, owner);
        filters.addClassName("filter-bar");
        configureGrid();
        add(header, filters, grid);
    }

    private <E extends Enum<E>> void filter(ComboBox<E> box, String placeholderKey, E[] values, String labelPrefix) {
        box.setPlaceholder(getTranslation(placeholderKey));
        box.setItems(values);
        box.setItemLabelGenerator(value -> getTranslation(labelPrefix + value.name()));
        box.setClearButtonVisible(true);
        box.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    }

    private void configureGrid() {
        ZoneId zone = ZoneId.systemDefault();
        grid.addColumn(row -> Formats.date(row.createdAt().atZone(zone).toLocalDate(), getLocale()))
                .setHeader(getTranslation("customization.field.submitted")).setKey("createdAt").setSortProperty("createdAt")
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(RequestRow::customerName).setHeader(getTranslation("customization.field.customer")).setKey("customer")
                .setWidth("12rem").setFlexGrow(2).setTooltipGenerator(RequestRow::customerName);
        grid.addColumn(RequestRow::need).setHeader(getTranslation("customization.field.need")).setKey("need")
                .setWidth("16rem").setFlexGrow(4).setTooltipGenerator(RequestRow::need);
        grid.addColumn(row -> getTranslation("customization.need." + row.needLevel().name()))
                .setHeader(getTranslation("customization.field.needLevel")).setKey("needLevel").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(row -> row.tier() == null ? getTranslation("customization.unscored") : getTranslation("segments.tier." + row.tier().name()))
                .setHeader(getTranslation("customization.field.tier")).setKey("tier").setWidth("6rem").setFlexGrow(0);
        grid.addColumn(row -> row.type() == null ? "" : getTranslation("customization.type." + row.type().name()))
                .setHeader(getTranslation("customization.field.typeShort")).setKey("type").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<RequestRow>of("<span theme=\"badge ${item.theme}\">${item.state}</span>")
                        .withProperty("state", row -> getTranslation("customization.requestState." + row.state().name()))
                        .withProperty("theme", row -> Badges.theme(row.state())))
                .setHeader(getTranslation("customization.field.state")).setKey("state").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(RequestRow::owner).setHeader(getTranslation("customization.field.owner")).setKey("owner")
                .setWidth("7rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("customization.requests.empty"));
        grid.setItemsPageable(pageable -> requests.page(filter(), pageable));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(RequestView.class, click.getItem().id())));
        grid.setSizeFull();
    }

    /** "Export to Excel": the rows of the current filter and order in the visible columns, streamed. */
    private Anchor exportButton() {
        export.setHref(XlsxDownload.of(clock.getZone(), () -> RequestsExport.of(requests, filter(), GridSorts.of(grid),
                XlsxDownload.visibleColumnKeys(grid),
                this::getTranslation, clock.getZone(), LocalDate.now(clock))));
        XlsxDownload.asExportLink(export, getTranslation("customization.export"));
        return export;
    }

    RequestFilter filter() {
        return new RequestFilter(state.getValue(), type.getValue(), tier.getValue(), owner.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("customization.requests.title") + " · " + getTranslation("app.name");
    }
}
