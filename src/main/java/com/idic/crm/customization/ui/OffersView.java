package com.idic.crm.customization.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import com.idic.crm.base.excel.XlsxDownload;
import com.idic.crm.base.ui.Formats;
import com.idic.crm.customization.OfferFilter;
import com.idic.crm.customization.OfferList;
import com.idic.crm.customization.OfferRow;
import com.idic.crm.customization.OfferState;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Every offer (each version a row), newest first, filtered by state, author and customer in the database. */
@Route("customization/offers")
@Menu(title = "nav.customize.offers", order = 20, icon = "FILE_TEXT_O")
@RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
@StyleSheet("context://styles/customization.css")
public class OffersView extends Main implements HasDynamicTitle {

    final Grid<OfferRow> grid = new Grid<>(OfferRow.class, false);
    final ComboBox<OfferState> state = new ComboBox<>();
    final Checkbox mine = new Checkbox();
    final TextField customer = new TextField();

    final Anchor export = new Anchor();

    private final OfferList offers;
    private final Clock clock;

    public OffersView(OfferList offers, Clock clock) {
        this.offers = offers;
        this.clock = clock;
        addClassNames("view", "offers-view");
        Div header = new Div(new H2(getTranslation("offer.list.title")), exportButton());
        header.addClassName("view-header");
        state.setPlaceholder(getTranslation("offer.column.state"));
        state.setItems(OfferState.values());
        state.setItemLabelGenerator(value -> getTranslation("offer.state." + value.name()));
        state.setClearButtonVisible(true);
        state.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        customer.setPlaceholder(getTranslation("offer.list.customer"));
        customer.setPrefixComponent(VaadinIcon.SEARCH.create());
        customer.setClearButtonVisible(true);
        customer.setValueChangeMode(ValueChangeMode.LAZY);
        customer.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        mine.setLabel(getTranslation("offer.list.mine"));
        mine.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Div filters = new Div(state, customer, mine);
        filters.addClassName("filter-bar");
        configureGrid();
        add(header, filters, grid);
    }

    private void configureGrid() {
        ZoneId zone = ZoneId.systemDefault();
        grid.addColumn(row -> row.id() + " \u00b7 v" + row.versionNo()).setHeader(getTranslation("offer.column.offer"))
                .setKey("offer").setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(OfferRow::customerName).setHeader(getTranslation("customization.field.customer")).setKey("customer")
                .setWidth("12rem").setFlexGrow(3).setTooltipGenerator(OfferRow::customerName);
        grid.addColumn(row -> "#" + row.requestId()).setHeader(getTranslation("offer.list.request")).setKey("request")
                .setWidth("6rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<OfferRow>of("<span theme=\"badge ${item.theme}\">${item.state}</span>")
                        .withProperty("state", row -> getTranslation("offer.state." + row.state().name()))
                        .withProperty("theme", row -> Badges.theme(row.state())))
                .setHeader(getTranslation("offer.column.state")).setKey("state").setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(row -> Formats.money(row.netTotal(), getLocale())).setHeader(getTranslation("offer.column.net"))
                .setKey("net").setTextAlign(ColumnTextAlign.END).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(row -> row.marginPercent() == null ? "\u2014" : TotalsPanel.percent(row.marginPercent()))
                .setHeader(getTranslation("offer.column.margin")).setKey("margin").setTextAlign(ColumnTextAlign.END)
                .setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(row -> Formats.date(row.validUntil(), getLocale())).setHeader(getTranslation("offer.column.validUntil"))
                .setKey("validUntil").setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(OfferRow::author).setHeader(getTranslation("offer.column.author")).setKey("author")
                .setWidth("7rem").setFlexGrow(1);
        grid.addColumn(row -> Formats.date(row.createdAt().atZone(zone).toLocalDate(), getLocale()))
                .setHeader(getTranslation("offer.column.created")).setKey("createdAt").setSortProperty("createdAt")
                .setWidth("9.5rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("offer.list.empty"));
        grid.setItemsPageable(pageable -> offers.page(filter(), pageable));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(OfferEditorView.class, click.getItem().id())));
        grid.setSizeFull();
    }

    /** "Export to Excel": the rows of the current filter and order in the visible columns, streamed. */
    private Anchor exportButton() {
        export.setHref(XlsxDownload.of(clock.getZone(), () -> OffersExport.of(offers, filter(), GridSorts.of(grid),
                XlsxDownload.visibleColumnKeys(grid),
                this::getTranslation, clock.getZone(), LocalDate.now(clock))));
        XlsxDownload.asExportLink(export, getTranslation("customization.export"));
        return export;
    }

    OfferFilter filter() {
        String author = mine.getValue() ? CurrentUser.username().orElse(null) : null;
        return new OfferFilter(state.getValue(), author, customer.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("offer.list.title") + " \u00b7 " + getTranslation("app.name");
    }
}
