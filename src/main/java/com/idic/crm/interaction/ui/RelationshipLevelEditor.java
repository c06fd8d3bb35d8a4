package com.idic.crm.interaction.ui;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.base.ui.Notifications;
import com.idic.crm.interaction.InteractionService;
import com.idic.crm.interaction.RelationshipChange;
import com.idic.crm.interaction.RelationshipLevel;
import com.idic.crm.interaction.RelationshipStanding;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The relationship level kept with the customer (DOMAIN.md section 3), what it means, who set it, and its history. */
class RelationshipLevelEditor extends Div {

    final Select<RelationshipLevel> level = new Select<>();
    final Span meaning = new Span();
    final Span changed = new Span();
    final Button history = new Button(VaadinIcon.CLOCK.create());
    final Dialog historyDialog = new Dialog();

    private final transient InteractionService interactions;
    private final long customerId;
    private RelationshipStanding shown;
    private boolean showing;

    RelationshipLevelEditor(InteractionService interactions, long customerId, boolean mayChange) {
        this.interactions = interactions;
        this.customerId = customerId;
        addClassName("relationship-level");
        level.setLabel(getTranslation("interaction.level"));
        level.setItems(RelationshipLevel.values());
        level.setItemLabelGenerator(value -> getTranslation("interaction.level." + value.name()));
        level.setReadOnly(!mayChange);
        level.addValueChangeListener(change -> {
            if (!showing) {
                save(change.getValue());
            }
        });
        meaning.addClassName("relationship-meaning");
        changed.addClassNames("muted", "relationship-changed");
        history.setText(getTranslation("interaction.level.history"));
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        history.addClickListener(click -> openHistory());
        show(interactions.relationship(customerId));
        Div text = new Div(meaning, changed);
        text.addClassName("relationship-text");
        add(level, text, history);
    }

    private void save(RelationshipLevel chosen) {
        try {
            show(interactions.changeRelationship(shown, chosen));
            Notifications.success(getTranslation("interaction.level.saved",
                    getTranslation("interaction.level." + chosen.name())));
        } catch (ObjectOptimisticLockingFailureException e) {
            RelationshipStanding theirs = interactions.relationship(customerId);
            show(theirs);
            Notifications.error(getTranslation("interaction.level.conflict", theirs.changedBy(),
                    getTranslation("interaction.level." + theirs.level().name())));
        }
    }

    private void show(RelationshipStanding standing) {
        showing = true;
        shown = standing;
        level.setValue(standing.level());
        showing = false;
        meaning.setText(getTranslation("interaction.level.meaning." + standing.level().name()));
        changed.setText(standing.everSet()
                ? getTranslation("interaction.level.changed", standing.changedBy(), Formats.dateTime(standing.changedAt(), getLocale()))
                : getTranslation("interaction.level.never"));
    }

    private void openHistory() {
        Grid<RelationshipChange> grid = new Grid<>();
        grid.addColumn(c -> Formats.dateTime(c.changedAt(), getLocale())).setHeader(getTranslation("interaction.when"))
                .setAutoWidth(true);
        grid.addColumn(RelationshipChange::changedBy).setHeader(getTranslation("interaction.level.by")).setAutoWidth(true);
        grid.addColumn(c -> c.from() == null ? "" : getTranslation("interaction.level." + c.from().name()))
                .setHeader(getTranslation("interaction.level.from")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("interaction.level." + c.to().name()))
                .setHeader(getTranslation("interaction.level.to")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("interaction.level.noHistory"));
        grid.setItems(interactions.relationshipHistory(customerId));
        grid.setAllRowsVisible(true);
        historyDialog.removeAll();
        historyDialog.getFooter().removeAll();
        historyDialog.setHeaderTitle(getTranslation("interaction.level.history"));
        historyDialog.add(grid);
        historyDialog.setWidth("42rem");
        historyDialog.getFooter().add(new Button(getTranslation("action.close"), click -> historyDialog.close()));
        historyDialog.open();
    }
}
