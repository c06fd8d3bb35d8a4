package com.idic.crm.complaint.ui;

import java.util.function.Supplier;

import com.idic.crm.base.ui.Notifications;
import com.idic.crm.complaint.ComplaintCategoryRow;
import com.idic.crm.complaint.ComplaintRefusedException;
import com.idic.crm.complaint.SlaPolicyService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The complaint categories for managers: rename in both languages, take off the list, add. */
class CategoryEditor extends Div {

    final Grid<ComplaintCategoryRow> grid = new Grid<>(ComplaintCategoryRow.class, false);
    final TextField newEn = new TextField();
    final TextField newZh = new TextField();
    final Button add = new Button();

    private final SlaPolicyService policies;
    private final Supplier<java.util.List<ComplaintCategoryRow>> categories;

    CategoryEditor(SlaPolicyService policies, Supplier<java.util.List<ComplaintCategoryRow>> categories) {
        this.policies = policies;
        this.categories = categories;
        addClassName("category-editor");
        grid.addComponentColumn(row -> field(row.labelEn(), text -> save(row, text, row.labelZh(), row.active())))
                .setHeader(getTranslation("category.labelEn"));
        grid.addComponentColumn(row -> field(row.labelZh(), text -> save(row, row.labelEn(), text, row.active())))
                .setHeader(getTranslation("category.labelZh"));
        grid.addComponentColumn(row -> {
            Checkbox active = new Checkbox(row.active());
            active.addValueChangeListener(e -> save(row, row.labelEn(), row.labelZh(), e.getValue()));
            return active;
        }).setHeader(getTranslation("category.active")).setWidth("7rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        newEn.setPlaceholder(getTranslation("category.labelEn"));
        newZh.setPlaceholder(getTranslation("category.labelZh"));
        newEn.setMaxLength(100);
        newZh.setMaxLength(100);
        add.setText(getTranslation("category.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(click -> addCategory());
        Div addRow = new Div(newEn, newZh, add);
        addRow.addClassName("category-add");
        add(new H3(getTranslation("category.title")), grid, addRow);
        refresh();
    }

    private TextField field(String value, java.util.function.Consumer<String> changed) {
        TextField field = new TextField();
        field.setValue(value);
        field.setMaxLength(100);
        field.setWidthFull();
        field.addValueChangeListener(e -> {
            if (e.isFromClient() || !e.getValue().equals(e.getOldValue())) {
                changed.accept(e.getValue());
            }
        });
        return field;
    }

    private void save(ComplaintCategoryRow row, String labelEn, String labelZh, boolean active) {
        run(() -> policies.saveCategory(row, labelEn, labelZh, active));
    }

    private void addCategory() {
        if (newEn.getValue().isBlank() || newZh.getValue().isBlank()) {
            newEn.setInvalid(newEn.getValue().isBlank());
            newZh.setInvalid(newZh.getValue().isBlank());
            return;
        }
        if (run(() -> policies.addCategory(newEn.getValue(), newZh.getValue()))) {
            newEn.clear();
            newZh.clear();
        }
    }

    private boolean run(Runnable change) {
        try {
            change.run();
            Notifications.success(getTranslation("category.saved"));
            return true;
        } catch (ConstraintViolationException e) {
            Notifications.error(getTranslation("common.invalid"));
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.conflict();
        } catch (ComplaintRefusedException e) {
            Notifications.error(ComplaintTexts.refusal(this, e));
        } finally {
            refresh();
        }
        return false;
    }

    private void refresh() {
        grid.setItems(categories.get());
    }
}
