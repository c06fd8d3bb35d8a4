package com.idic.crm.interaction.ui;

import java.time.Clock;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.interaction.InteractionRow;
import com.idic.crm.interaction.InteractionService;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The customer's contacts: the relationship level, a quick entry for the call just taken and the
 * contact history below, newest first and paged from the database. The author of a contact or a manager
 * corrects or deletes it from its row.
 */
@StyleSheet("context://styles/interaction.css")
class InteractionsPanel extends VerticalLayout {

    final Grid<InteractionRow> grid = new Grid<>(InteractionRow.class, false);
    final RelationshipLevelEditor level;
    final QuickEntry entry;

    InteractionsPanel(InteractionService interactions, Clock clock, long customerId) {
        addClassName("customer-interactions");
        setPadding(false);
        setSizeFull();
        boolean mayRecord = CurrentUser.hasRole(AppRoles.SERVICE_DESK) || CurrentUser.hasRole(AppRoles.MARKETER)
                || CurrentUser.hasRole(AppRoles.MANAGER);
        level = new RelationshipLevelEditor(interactions, customerId, mayRecord);
        entry = new QuickEntry(interactions, clock, customerId);
        entry.addRecordedListener(event -> grid.getDataProvider().refreshAll());
        entry.setVisible(mayRecord);

        grid.addColumn(row -> Formats.dateTime(row.occurredAt(), getLocale())).setHeader(getTranslation("interaction.when"))
                .setKey("occurredAt").setSortProperty("occurredAt").setWidth("13rem").setFlexGrow(0);
        grid.addColumn(row -> getTranslation("interaction.channel." + row.channel().name()))
                .setHeader(getTranslation("interaction.channel")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(row -> getTranslation("interaction.direction." + row.direction().name()))
                .setHeader(getTranslation("interaction.direction")).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(row -> getTranslation("interaction.content." + row.contentType().name()))
                .setHeader(getTranslation("interaction.content")).setWidth("12rem").setFlexGrow(0);
        grid.addColumn(InteractionRow::summary).setHeader(getTranslation("interaction.summary")).setFlexGrow(1)
                .setTooltipGenerator(InteractionRow::summary);
        grid.addColumn(InteractionRow::handledBy).setHeader(getTranslation("interaction.handledBy"))
                .setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(row -> interactions.mayChange(row) ? correctButton(interactions, clock, row) : new Span())
                .setKey("correct").setWidth("4rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("interaction.empty"));
        grid.setItemsPageable(pageable -> interactions.page(customerId, pageable));
        grid.setSizeFull();
        add(level, entry, grid);
    }

    private Button correctButton(InteractionService interactions, Clock clock, InteractionRow row) {
        Button correct = new Button(VaadinIcon.EDIT.create(),
                click -> new ContactDialog(interactions, clock, row, grid.getDataProvider()::refreshAll).open());
        correct.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        correct.setAriaLabel(getTranslation("interaction.edit.title"));
        correct.setTooltipText(getTranslation("interaction.edit.title"));
        return correct;
    }
}
