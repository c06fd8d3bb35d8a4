package com.idic.crm.customization.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.customization.domain.OfferPricing;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The offer's lines, edited in place: quantity, unit price and discount on every line, description and unit
 * cost on custom lines. Each change recomputes the line's net at once and tells the editor (live totals).
 */
class LineItemsGrid extends Grid<EditableLine> {

    private final List<EditableLine> lines = new ArrayList<>();
    private final Map<EditableLine, Span> nets = new HashMap<>();
    private final Runnable changed;
    private boolean editable;

    LineItemsGrid(Runnable changed) {
        super(EditableLine.class, false);
        this.changed = changed;
        addClassName("line-items");
        addColumn(line -> line.code == null ? "" : line.code).setHeader(getTranslation("offer.line.code"))
                .setKey("code").setWidth("8.5rem").setFlexGrow(0);
        addColumn(new ComponentRenderer<>(this::descriptionCell)).setHeader(getTranslation("offer.line.description"))
                .setKey("description").setWidth("13rem").setFlexGrow(3);
        number("quantity", "offer.line.quantity", l -> l.reward ? null : l.quantity, (l, v) -> l.quantity = v,
                EditableLine::quantityValid, "offer.validation.quantity", l -> !l.reward);
        number("unitPrice", "offer.line.unitPrice", l -> l.reward ? null : l.unitPrice, (l, v) -> l.unitPrice = v,
                EditableLine::priceValid, "offer.validation.price", l -> !l.reward);
        number("discount", "offer.line.discount", l -> l.discountPercent, (l, v) -> l.discountPercent = v,
                EditableLine::discountValid, "offer.validation.discount", l -> !l.reward);
        number("unitCost", "offer.line.unitCost", l -> l.reward ? null : l.unitCost, (l, v) -> l.unitCost = v, EditableLine::costValid,
                "offer.validation.cost", EditableLine::custom);
        addColumn(new ComponentRenderer<>(line -> nets.computeIfAbsent(line, l -> new Span(netText(l)))))
                .setHeader(getTranslation("offer.line.net")).setKey("net").setTextAlign(ColumnTextAlign.END)
                .setWidth("8.5rem").setFlexGrow(0);
        addColumn(new ComponentRenderer<>(line -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> remove(line));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("action.remove"));
            remove.setVisible(editable);
            return remove;
        })).setKey("remove").setWidth("3.5rem").setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setEmptyStateText(getTranslation("offer.lines.empty"));
        setAllRowsVisible(true);
        setSelectionMode(SelectionMode.NONE);
        setItems(lines);
    }

    private Component descriptionCell(EditableLine line) {
        if (!editable || !line.custom()) {
            Span text = new Span(line.description == null ? "" : line.description(getLocale()));
            text.getElement().setAttribute("title", text.getText());
            return text;
        }
        TextField field = new TextField();
        field.setValue(line.description == null ? "" : line.description);
        field.setWidthFull();
        field.setMaxLength(300);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.addValueChangeListener(e -> {
            line.description = e.getValue();
            field.setInvalid(!line.descriptionValid());
            field.setErrorMessage(getTranslation("offer.validation.description"));
            changed.run();
        });
        return field;
    }

    private void number(String key, String headerKey, Function<EditableLine, BigDecimal> get,
                        BiConsumer<EditableLine, BigDecimal> set, Predicate<EditableLine> valid, String errorKey,
                        Predicate<EditableLine> editableOn) {
        addColumn(new ComponentRenderer<>(line -> {
            if (!editable || !editableOn.test(line)) {
                // read-only cells as plain numbers: a sent or delivered offer reads like a document, not a form
                BigDecimal value = get.apply(line);
                return new Span(value == null ? "" : value.toPlainString());
            }
            BigDecimalField field = new BigDecimalField();
            field.setValue(get.apply(line));
            field.setWidthFull();
            field.addThemeName("align-right");
            field.setValueChangeMode(ValueChangeMode.EAGER);
            field.setErrorMessage(getTranslation(errorKey));
            field.addValueChangeListener(e -> {
                set.accept(line, e.getValue());
                field.setInvalid(!valid.test(line));
                refreshNets();
                changed.run();
            });
            return field;
        })).setHeader(getTranslation(headerKey)).setKey(key).setWidth("7rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
    }

    private String netText(EditableLine line) {
        if (!line.valid()) {
            return "\u2014";
        }
        if (line.reward) {
            if (!lines.stream().allMatch(EditableLine::valid)) {
                return "\u2014";
            }
            BigDecimal itemsNet = OfferPricing.itemsNet(lines.stream().map(EditableLine::toInput).toList());
            return Formats.money(OfferPricing.reward(line.toInput(), itemsNet).negate(), getLocale());
        }
        return Formats.money(OfferPricing.lineNet(line.toInput()), getLocale());
    }

    /** A line's change can change the reward line's amount too. */
    private void refreshNets() {
        nets.forEach((line, net) -> net.setText(netText(line)));
    }

    void show(List<EditableLine> newLines, boolean editable) {
        this.editable = editable;
        lines.clear();
        lines.addAll(newLines);
        nets.clear();
        getDataProvider().refreshAll();
    }

    void add(EditableLine line) {
        lines.add(line);
        getDataProvider().refreshAll();
        refreshNets();
        changed.run();
    }

    private void remove(EditableLine line) {
        lines.remove(line);
        nets.remove(line);
        getDataProvider().refreshAll();
        refreshNets();
        changed.run();
    }

    boolean hasReward() {
        return lines.stream().anyMatch(line -> line.reward);
    }

    List<EditableLine> lines() {
        return List.copyOf(lines);
    }
}
