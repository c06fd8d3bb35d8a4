package com.idic.crm.customer.ui;

import com.idic.crm.customer.domain.Customer;
import com.idic.crm.customer.domain.CustomerContact;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.RegexpValidator;

/**
 * Adds or edits one contact person of an organization. The change lands in the customer
 * being edited and is stored with the next save of the profile.
 */
class ContactDialog extends Dialog {

    final TextField name = new TextField();
    final TextField role = new TextField();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();

    ContactDialog(Customer customer, CustomerContact existing, Runnable onDone) {
        setHeaderTitle(getTranslation(existing == null ? "customer.contact.add" : "customer.contact.edit"));
        name.setLabel(getTranslation("customer.contact.name"));
        role.setLabel(getTranslation("customer.contact.role"));
        phone.setLabel(getTranslation("customer.field.phone"));
        email.setLabel(getTranslation("customer.field.email"));
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("customer.validation.email")));

        BeanValidationBinder<CustomerContact> binder = new BeanValidationBinder<>(CustomerContact.class);
        binder.forField(name).asRequired(getTranslation("customer.validation.contactName")).bind("name");
        binder.forField(role).withNullRepresentation("").bind("role");
        binder.forField(phone).withNullRepresentation("")
                .withValidator(new RegexpValidator(getTranslation("customer.validation.phone"), Customer.PHONE_PATTERN, true))
                .bind("phone");
        binder.forField(email).withNullRepresentation("")
                .withValidator(new EmailValidator(getTranslation("customer.validation.email"), true)).bind("email");
        if (existing != null) {
            binder.readBean(existing);
        }

        Button ok = new Button(getTranslation("customer.contact.apply"), click -> {
            if (binder.validate().isOk()) {
                CustomerContact target = existing != null ? existing : customer.addContact(name.getValue());
                binder.writeBeanIfValid(target);
                close();
                onDone.run();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new FormLayout(name, role, phone, email));
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), ok);
    }
}
