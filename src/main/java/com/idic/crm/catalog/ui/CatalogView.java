package com.idic.crm.catalog.ui;

import java.math.BigDecimal;
import java.util.function.Function;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.base.ui.Notifications;
import com.idic.crm.catalog.CatalogFilter;
import com.idic.crm.catalog.CatalogItemKind;
import com.idic.crm.catalog.CatalogItemRow;
import com.idic.crm.catalog.CatalogService;
import com.idic.crm.catalog.CodeTakenException;
import com.idic.crm.catalog.domain.CatalogItem;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The catalog: everyone looks things up here; marketers and managers add and edit items in the side form. */
@Route("catalog")
@Menu(title = "nav.customize.catalog", order = 40, icon = "PACKAGE")
@RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
@StyleSheet("context://styles/customization.css")
public class CatalogView extends Main implements HasDynamicTitle {

    final Grid<CatalogItemRow> grid = new Grid<>(CatalogItemRow.class, false);
    final TextField search = new TextField();
    final ComboBox<CatalogItemKind> kindFilter = new ComboBox<>();
    final Checkbox activeOnly = new Checkbox();
    final CatalogItemForm form = new CatalogItemForm();
    final Button add = new Button(getTranslation("catalog.add"), VaadinIcon.PLUS.create());

    private final CatalogService catalog;
    private final boolean mayEdit = CurrentUser.hasRole(AppRoles.MARKETER) || CurrentUser.hasRole(AppRoles.MANAGER);

    public CatalogView(CatalogService catalog) {
        this.catalog = catalog;
        addClassNames("view", "catalog-view");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> openForm(new CatalogItem()));
        add.setVisible(mayEdit);
        Div header = new Div(new H2(getTranslation("catalog.title")), add);
        header.addClassName("view-header");

        search.setPlaceholder(getTranslation("catalog.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        kindFilter.setPlaceholder(getTranslation("catalog.field.kind"));
        kindFilter.setItems(CatalogItemKind.values());
        kindFilter.setItemLabelGenerator(kind -> getTranslation("catalog.kind." + kind.name()));
        kindFilter.setClearButtonVisible(true);
        activeOnly.setLabel(getTranslation("catalog.activeOnly"));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        kindFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        activeOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Div filters = new Div(search, kindFilter, activeOnly);
        filters.addClassName("filter-bar");

        configureGrid();
        form.setVisible(false);
        form.addSaveListener(event -> save(event.item()));
        form.addCloseListener(event -> closeForm());
        Div content = new Div(grid, form);
        content.addClassName("catalog-content");
        add(header, filters, content);
    }

    private void configureGrid() {
        grid.addColumn(CatalogItemRow::code).setHeader(getTranslation("catalog.field.code")).setKey("code")
                .setSortProperty("code").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(row -> row.name(getLocale())).setHeader(getTranslation("catalog.field.name")).setKey("nameEn")
                .setSortProperty("nameEn").setWidth("14rem").setFlexGrow(3).setTooltipGenerator(row -> row.name(getLocale()));
        grid.addColumn(LitRenderer.<CatalogItemRow>of("<span theme=\"badge contrast small\">${item.kind}</span>")
                        .withProperty("kind", row -> getTranslation("catalog.kind." + row.kind().name())))
                .setHeader(getTranslation("catalog.field.kind")).setKey("kind").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(CatalogItemRow::category).setHeader(getTranslation("catalog.field.category")).setKey("category")
                .setWidth("9rem").setFlexGrow(1);
        money(getTranslation("catalog.field.listPrice"), CatalogItemRow::listPrice).setKey("listPrice");
        money(getTranslation("catalog.field.unitCost"), CatalogItemRow::unitCost).setKey("unitCost");
        grid.addColumn(row -> getTranslation(row.active() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("catalog.field.active")).setKey("active").setWidth("5rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("catalog.empty"));
        grid.setItemsPageable(pageable -> catalog.page(filter(), pageable));
        if (mayEdit) {
            grid.addItemClickListener(click -> catalog.edit(click.getItem().id()).ifPresent(this::openForm));
        }
    }

    private Grid.Column<CatalogItemRow> money(String header, Function<CatalogItemRow, BigDecimal> value) {
        return grid.addColumn(row -> Formats.money(value.apply(row), getLocale())).setHeader(header)
                .setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
    }

    CatalogFilter filter() {
        return new CatalogFilter(search.getValue(), kindFilter.getValue(), activeOnly.getValue());
    }

    private void openForm(CatalogItem item) {
        form.setItem(item);
        form.setVisible(true);
        addClassName("editing");
    }

    private void closeForm() {
        form.setVisible(false);
        removeClassName("editing");
    }

    private void save(CatalogItem item) {
        try {
            CatalogItemRow saved = catalog.save(item);
            Notifications.success(getTranslation("catalog.saved", saved.code()));
            closeForm();
            grid.getDataProvider().refreshAll();
        } catch (CodeTakenException e) {
            form.showCodeTaken();
            Notifications.error(getTranslation("catalog.validation.codeTaken"));
        } catch (ObjectOptimisticLockingFailureException e) {
            // the form keeps the user's edits; they can copy them before reopening the item
            Notifications.conflict();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.title") + " · " + getTranslation("app.name");
    }
}
