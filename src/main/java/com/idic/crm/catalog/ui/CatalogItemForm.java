package com.idic.crm.catalog.ui;

import java.math.BigDecimal;

import com.idic.crm.base.ui.Notifications;
import com.idic.crm.catalog.CatalogItemKind;
import com.idic.crm.catalog.domain.CatalogItem;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;

/** Edits one catalog item; Save writes into the item only when every field is valid and fires {@link SaveEvent}. */
class CatalogItemForm extends Div {

    final ComboBox<CatalogItemKind> kind = new ComboBox<>();
    final TextField code = new TextField();
    final TextField nameEn = new TextField();
    final TextField nameZh = new TextField();
    final TextField category = new TextField();
    final BigDecimalField listPrice = new BigDecimalField();
    final BigDecimalField unitCost = new BigDecimalField();
    final Checkbox active = new Checkbox();
    final Button save = new Button(getTranslation("action.save"));
    final Button cancel = new Button(getTranslation("action.cancel"));

    private final H3 title = new H3();
    private final BeanValidationBinder<CatalogItem> binder = new BeanValidationBinder<>(CatalogItem.class);
    private CatalogItem item;

    CatalogItemForm() {
        addClassName("catalog-form");
        kind.setItems(CatalogItemKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("catalog.kind." + value.name()));
        kind.setLabel(getTranslation("catalog.field.kind"));
        code.setLabel(getTranslation("catalog.field.code"));
        code.setHelperText(getTranslation("catalog.field.code.help"));
        nameEn.setLabel(getTranslation("catalog.field.nameEn"));
        nameZh.setLabel(getTranslation("catalog.field.nameZh"));
        category.setLabel(getTranslation("catalog.field.category"));
        listPrice.setLabel(getTranslation("catalog.field.listPrice"));
        unitCost.setLabel(getTranslation("catalog.field.unitCost"));
        listPrice.setPrefixComponent(new Div("\u00a5"));
        unitCost.setPrefixComponent(new Div("\u00a5"));
        active.setLabel(getTranslation("catalog.field.active"));
        bind();

        FormLayout fields = new FormLayout(kind, code, nameEn, nameZh, category, listPrice, unitCost, active);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("22em", 2));
        fields.setColspan(nameEn, 2);
        fields.setColspan(nameZh, 2);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> validateAndSave());
        cancel.addClickListener(click -> fireEvent(new CloseEvent(this)));
        add(title, fields, new HorizontalLayout(save, cancel));
    }

    private void bind() {
        binder.forField(kind).asRequired(getTranslation("catalog.validation.required")).bind("kind");
        binder.forField(code).asRequired(getTranslation("catalog.validation.required"))
                .withConverter(text -> text.trim().toUpperCase(), text -> text == null ? "" : text)
                .withValidator(text -> text.matches(CatalogItem.CODE_PATTERN) && text.length() <= 40,
                        getTranslation("catalog.validation.code"))
                .bind("code");
        binder.forField(nameEn).asRequired(getTranslation("catalog.validation.required")).bind("nameEn");
        binder.forField(nameZh).asRequired(getTranslation("catalog.validation.required")).bind("nameZh");
        binder.forField(category).withNullRepresentation("").bind("category");
        binder.forField(listPrice).asRequired(getTranslation("catalog.validation.required"))
                .withValidator(CatalogItemForm::isMoney, getTranslation("catalog.validation.money")).bind("listPrice");
        binder.forField(unitCost).asRequired(getTranslation("catalog.validation.required"))
                .withValidator(CatalogItemForm::isMoney, getTranslation("catalog.validation.money")).bind("unitCost");
        binder.bindInstanceFields(this);
    }

    private static boolean isMoney(BigDecimal value) {
        return value.signum() >= 0 && value.stripTrailingZeros().scale() <= 2 && value.precision() - value.scale() <= 12;
    }

    void setItem(CatalogItem item) {
        this.item = item;
        title.setText(getTranslation(item.getId() == null ? "catalog.form.new" : "catalog.form.edit"));
        binder.readBean(item);
    }

    CatalogItem item() {
        return item;
    }

    private void validateAndSave() {
        if (binder.writeBeanIfValid(item)) {
            fireEvent(new SaveEvent(this, item));
        } else {
            Notifications.error(getTranslation("common.invalid"));
        }
    }

    void showCodeTaken() {
        code.setInvalid(true);
        code.setErrorMessage(getTranslation("catalog.validation.codeTaken"));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<CatalogItemForm> {
        private final CatalogItem item;

        SaveEvent(CatalogItemForm source, CatalogItem item) {
            super(source, false);
            this.item = item;
        }

        CatalogItem item() {
            return item;
        }
    }

    static final class CloseEvent extends ComponentEvent<CatalogItemForm> {
        CloseEvent(CatalogItemForm source) {
            super(source, false);
        }
    }
}
