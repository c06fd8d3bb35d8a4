package com.idic.crm.security.ui;

import java.util.Arrays;

import com.idic.crm.base.ui.BuiltInTexts;
import com.idic.crm.base.ui.Formats;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.SecurityEventFilter;
import com.idic.crm.security.SecurityEventRow;
import com.idic.crm.security.SecurityEventType;
import com.idic.crm.security.SecurityEvents;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The security event log for administrators: newest first, narrowed by type, user and days. */
@Route("admin/security-events")
@Menu(title = "nav.admin.securityEvents", order = 2, icon = "SHIELD")
@RolesAllowed(AppRoles.ADMIN)
public class SecurityEventView extends Main implements HasDynamicTitle {

    final Grid<SecurityEventRow> grid = new Grid<>();
    final ComboBox<SecurityEventType> type = new ComboBox<>();
    final TextField actor = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();

    private final SecurityEvents events;

    public SecurityEventView(SecurityEvents events) {
        this.events = events;
        addClassName("view");
        configureFilters();
        configureGrid();
        Div filters = new Div(type, actor, from, to);
        filters.addClassName("filter-bar");
        add(new H2(getTranslation("securityEvents.title")), filters, grid);
    }

    private void configureFilters() {
        type.setPlaceholder(getTranslation("securityEvents.filter.type"));
        type.setAriaLabel(getTranslation("securityEvents.filter.type"));
        type.setItems(Arrays.asList(SecurityEventType.values()));
        type.setItemLabelGenerator(this::label);
        type.setClearButtonVisible(true);
        actor.setPlaceholder(getTranslation("securityEvents.filter.actor"));
        actor.setAriaLabel(getTranslation("securityEvents.filter.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        for (DatePicker day : new DatePicker[] {from, to}) {
            day.setI18n(BuiltInTexts.datePicker(this));
            day.setClearButtonVisible(true);
        }
        from.setPlaceholder(getTranslation("securityEvents.filter.from"));
        from.setAriaLabel(getTranslation("securityEvents.filter.from"));
        to.setPlaceholder(getTranslation("securityEvents.filter.to"));
        to.setAriaLabel(getTranslation("securityEvents.filter.to"));
        type.addValueChangeListener(event -> refresh());
        actor.addValueChangeListener(event -> refresh());
        from.addValueChangeListener(event -> refresh());
        to.addValueChangeListener(event -> refresh());
    }

    private void configureGrid() {
        grid.addColumn(row -> Formats.dateTime(row.occurredAt(), getLocale()))
                .setHeader(getTranslation("securityEvents.column.time")).setKey("time").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> label(row.type())).setHeader(getTranslation("securityEvents.column.type"))
                .setKey("type").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SecurityEventRow::actor).setHeader(getTranslation("securityEvents.column.actor")).setKey("actor").setAutoWidth(true);
        grid.addColumn(SecurityEventRow::subject).setHeader(getTranslation("securityEvents.column.subject")).setKey("subject").setAutoWidth(true);
        grid.addColumn(SecurityEventRow::detail).setHeader(getTranslation("securityEvents.column.detail")).setKey("detail").setFlexGrow(2);
        grid.addColumn(SecurityEventRow::remoteAddress).setHeader(getTranslation("securityEvents.column.address")).setKey("address").setAutoWidth(true);
        // newest first is the only order: the indexes serve it for every filter
        grid.setItemsPageable(pageable -> events.page(filter(), pageable), pageable -> events.count(filter()));
        grid.setSizeFull();
    }

    SecurityEventFilter filter() {
        return new SecurityEventFilter(type.getValue(), actor.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private String label(SecurityEventType eventType) {
        return getTranslation("securityEvents.type." + eventType.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("securityEvents.title") + " · " + getTranslation("app.name");
    }
}
