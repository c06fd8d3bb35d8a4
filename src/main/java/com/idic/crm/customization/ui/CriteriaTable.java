package com.idic.crm.customization.ui;

import java.util.List;
import java.util.function.Function;

import com.idic.crm.customization.CustomizationType;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/**
 * The course's table of the four customization types by cost, ease of imitation, closeness and advantage,
 * shown beside the choice; the suggested type's row is marked.
 */
class CriteriaTable extends Grid<CustomizationType> {

    private CustomizationType suggested;
    private CustomizationType chosen;

    CriteriaTable() {
        super(CustomizationType.class, false);
        addClassName("criteria-table");
        addColumn(type -> getTranslation("customization.type." + type.name())
                + (type == suggested ? " \u2605" : "")).setHeader(getTranslation("customization.field.type"))
                .setKey("type").setWidth("9rem").setFlexGrow(1);
        grade("customization.criterion.cost", CustomizationType::cost);
        grade("customization.criterion.imitation", CustomizationType::imitation);
        grade("customization.criterion.closeness", CustomizationType::closeness);
        grade("customization.criterion.advantage", CustomizationType::advantage);
        setItems(List.of(CustomizationType.values()));
        setPartNameGenerator(type -> type == chosen ? "chosen-type" : type == suggested ? "suggested-type" : null);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        setAllRowsVisible(true);
        setSelectionMode(SelectionMode.NONE);
    }

    private void grade(String headerKey, Function<CustomizationType, CustomizationType.Grade> grade) {
        addColumn(type -> getTranslation("customization.grade." + grade.apply(type).name()))
                .setHeader(getTranslation(headerKey)).setWidth("6.5rem").setFlexGrow(0);
    }

    void mark(CustomizationType suggested, CustomizationType chosen) {
        this.suggested = suggested;
        this.chosen = chosen;
        getDataProvider().refreshAll();
    }
}
