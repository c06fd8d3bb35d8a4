package com.idic.crm.customer.ui;

import java.util.function.Consumer;

import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

/** Asks for the name and kind of a new customer; the rest is filled in on the customer page. */
class NewCustomerDialog extends Dialog {

    final TextField name = new TextField();
    final ComboBox<CustomerType> type = new ComboBox<>();

    NewCustomerDialog(Consumer<NewCustomer> onCreate) {
        setHeaderTitle(getTranslation("customer.new.title"));
        name.setLabel(getTranslation("customer.field.name"));
        name.setMaxLength(200);
        type.setLabel(getTranslation("customer.field.type"));
        type.setItems(CustomerType.values());
        type.setItemLabelGenerator(value -> getTranslation("customer.type." + value.name()));

        Draft draft = new Draft();
        Binder<Draft> binder = new Binder<>();
        binder.forField(name).asRequired(getTranslation("customer.validation.name"))
                .withValidator(value -> !value.isBlank(), getTranslation("customer.validation.name"))
                .bind(d -> d.name, (d, value) -> d.name = value);
        binder.forField(type).asRequired(getTranslation("customer.validation.type"))
                .bind(d -> d.type, (d, value) -> d.type = value);
        binder.readBean(draft);
        type.setValue(CustomerType.INDIVIDUAL);

        Button create = new Button(getTranslation("customer.new.create"), click -> {
            if (binder.writeBeanIfValid(draft)) {
                close();
                onCreate.accept(new NewCustomer(draft.name.trim(), draft.type));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        add(new FormLayout(name, type));
        getFooter().add(cancel, create);
        name.focus();
    }

    private static final class Draft {
        private String name;
        private CustomerType type;
    }
}
