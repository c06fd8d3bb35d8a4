package com.idic.crm.customer.history.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.customer.CustomerChangeKind;
import com.idic.crm.customer.CustomerPageSection;
import com.idic.crm.customer.history.CustomerHistory;
import com.idic.crm.customer.history.CustomerViewer;
import com.idic.crm.customer.history.HistoryEntry;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * What happened to the record, newest first, paged from the database; for managers and
 * administrators also who opened it lately.
 */
class CustomerHistoryPanel extends VerticalLayout implements CustomerPageSection.Refreshable {

    /** Columns holding a choice, with the translation prefix of its labels. */
    private static final Map<String, String> CHOICES = Map.of("type", "customer.type.", "gender", "customer.gender.",
            "relationship_type", "customer.relationship.", "source", "customer.source.", "stage", "customer.stage.");

    final Grid<HistoryEntry> changes = new Grid<>();
    final Grid<CustomerViewer> viewers = new Grid<>();

    private final transient CustomerHistory history;
    private final long customerId;

    CustomerHistoryPanel(CustomerHistory history, long customerId) {
        this.history = history;
        this.customerId = customerId;
        addClassName("customer-history");
        setPadding(false);
        setSizeFull();
        changes.addColumn(entry -> Formats.dateTime(entry.changedAt(), getLocale()))
                .setHeader(getTranslation("history.column.when")).setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(HistoryEntry::changedBy).setHeader(getTranslation("history.column.by")).setAutoWidth(true)
                .setFlexGrow(0);
        changes.addColumn(this::what).setHeader(getTranslation("history.column.what")).setFlexGrow(2);
        changes.addColumn(entry -> field(entry.field())).setHeader(getTranslation("history.column.field")).setFlexGrow(1);
        changes.addColumn(entry -> value(entry, entry.oldValue())).setHeader(getTranslation("history.column.from"))
                .setFlexGrow(2);
        changes.addColumn(entry -> value(entry, entry.newValue())).setHeader(getTranslation("history.column.to"))
                .setFlexGrow(2);
        changes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        changes.setEmptyStateText(getTranslation("history.empty"));
        changes.setItems(query -> history.page(customerId, query.getOffset(), query.getLimit()).stream());
        changes.addClassName("history-changes");
        changes.setSizeFull();
        add(changes);
        if (CurrentUser.hasRole(AppRoles.MANAGER) || CurrentUser.hasRole(AppRoles.ADMIN)) {
            viewers.addColumn(CustomerViewer::username).setHeader(getTranslation("history.viewers.user"));
            viewers.addColumn(viewer -> Formats.dateTime(viewer.lastViewedAt(), getLocale()))
                    .setHeader(getTranslation("history.viewers.last"));
            viewers.addColumn(CustomerViewer::views).setHeader(getTranslation("history.viewers.count"));
            viewers.addThemeVariants(GridVariant.LUMO_COMPACT);
            viewers.setAllRowsVisible(true);
            viewers.addClassName("history-viewers");
            showViewers();
            add(new H4(getTranslation("history.viewers.title", CustomerHistory.VIEWERS_SHOWN)), viewers);
        }
    }

    @Override
    public void customerChanged() {
        changes.getDataProvider().refreshAll();
        if (viewers.getParent().isPresent()) {
            showViewers();
        }
    }

    private void showViewers() {
        viewers.setItems(history.lastViewers(customerId));
    }

    private String what(HistoryEntry entry) {
        String kind = getTranslation("history.kind." + entry.kind().name());
        if (entry.detail() == null) {
            return kind;
        }
        return switch (entry.kind()) {
            case MERGED, MERGED_INTO, MERGE_UNDONE -> getTranslation("history.otherRecord", kind, entry.detail());
            default -> getTranslation("history.source", kind, entry.detail());
        };
    }

    private String field(String column) {
        return column == null ? "" : getTranslation("history.field." + column);
    }

    private String value(HistoryEntry entry, String value) {
        if (value == null) {
            return entry.kind() == CustomerChangeKind.ANONYMIZED && entry.field() != null
                    ? getTranslation("history.value.erased") : "";
        }
        String prefix = entry.field() == null ? null : CHOICES.get(entry.field());
        if (prefix != null) {
            return getTranslation(prefix + value);
        }
        if (entry.field() != null && entry.field().endsWith("_date") || "last_verified_on".equals(entry.field())
                || "created_on".equals(entry.field())) {
            try {
                return Formats.date(LocalDate.parse(value), getLocale());
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }
}
