package com.idic.crm.customer.ui;

import java.time.LocalDate;

import com.idic.crm.base.ui.BuiltInTexts;
import com.idic.crm.base.ui.Notifications;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.Gender;
import com.idic.crm.customer.InformationSource;
import com.idic.crm.customer.PurchaseStage;
import com.idic.crm.customer.RelationshipType;
import com.idic.crm.customer.domain.Customer;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.shared.Registration;

/**
 * The customer's profile. Edits stay in the fields until Save; Save writes them into the
 * (detached) record only when every field is valid, then fires {@link SaveEvent}.
 */
class CustomerForm extends Div {

    final TextField name = new TextField();
    final ComboBox<CustomerType> type = new ComboBox<>();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final TextField address = new TextField();
    final TextField region = new TextField();
    final ComboBox<RelationshipType> relationshipType = new ComboBox<>();
    final ComboBox<InformationSource> source = new ComboBox<>();
    final ComboBox<PurchaseStage> stage = new ComboBox<>();
    final TextArea notes = new TextArea();
    final TextField externalId = new TextField();
    final ComboBox<Gender> gender = new ComboBox<>();
    final DatePicker birthDate = new DatePicker();
    final TextField occupation = new TextField();
    final TextField familyStatus = new TextField();
    final DatePicker foundingDate = new DatePicker();
    final TextField industry = new TextField();
    final TextField companySize = new TextField();
    final TextField businessStatus = new TextField();
    final ContactsEditor contacts = new ContactsEditor(() -> contactsChanged = true);
    final Button save = new Button(getTranslation("action.save"));
    final Button cancel = new Button(getTranslation("action.cancel"));

    private final BeanValidationBinder<Customer> binder = new BeanValidationBinder<>(Customer.class);
    private final FormLayout individual = new FormLayout(gender, birthDate, occupation, familyStatus);
    private final FormLayout organization = new FormLayout(foundingDate, industry, companySize, businessStatus);
    private Customer customer;
    private boolean contactsChanged;

    CustomerForm(LocalDate today) {
        addClassName("customer-form");
        label();
        choices(type, "customer.type.", CustomerType.values());
        choices(relationshipType, "customer.relationship.", RelationshipType.values());
        choices(source, "customer.source.", InformationSource.values());
        choices(stage, "customer.stage.", PurchaseStage.values());
        choices(gender, "customer.gender.", Gender.values());
        // the fields' built-in checks speak first, so they need the same messages as the binder
        birthDate.setMax(today);
        birthDate.setI18n(BuiltInTexts.datePicker(this).setMaxErrorMessage(getTranslation("customer.validation.birthDate"))
                .setBadInputErrorMessage(getTranslation("customer.validation.date")));
        foundingDate.setMax(today);
        foundingDate.setI18n(BuiltInTexts.datePicker(this).setMaxErrorMessage(getTranslation("customer.validation.foundingDate"))
                .setBadInputErrorMessage(getTranslation("customer.validation.date")));
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("customer.validation.email")));
        externalId.setReadOnly(true);
        bind(today);
        type.addValueChangeListener(event -> showFieldsFor(event.getValue()));

        FormLayout common = new FormLayout(name, type, phone, email, address, region, relationshipType, stage, source,
                externalId);
        common.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2), new ResponsiveStep("60em", 4));
        common.setColspan(name, 2);
        common.setColspan(address, 2);
        for (FormLayout part : new FormLayout[] {individual, organization}) {
            part.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2), new ResponsiveStep("60em", 4));
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> validateAndSave());
        cancel.addClickListener(click -> fireEvent(new CancelEvent(this)));
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        buttons.addClassName("form-buttons");
        add(common, individual, organization, contacts, notes, buttons);
    }

    void setCustomer(Customer customer) {
        this.customer = customer;
        contactsChanged = false;
        binder.readBean(customer);
        contacts.setCustomer(customer);
        showFieldsFor(customer.getType());
    }

    boolean hasUnsavedChanges() {
        return binder.hasChanges() || contactsChanged;
    }

    private void validateAndSave() {
        if (binder.writeBeanIfValid(customer)) {
            fireEvent(new SaveEvent(this, customer));
        } else {
            Notifications.error(getTranslation("common.invalid"));
        }
    }

    private void bind(LocalDate today) {
        binder.forField(name).asRequired(getTranslation("customer.validation.name")).bind("name");
        binder.forField(type).asRequired(getTranslation("customer.validation.type")).bind("type");
        binder.forField(phone).withNullRepresentation("")
                .withValidator(new RegexpValidator(getTranslation("customer.validation.phone"), Customer.PHONE_PATTERN, true))
                .bind("phone");
        binder.forField(email).withNullRepresentation("")
                .withValidator(new EmailValidator(getTranslation("customer.validation.email"), true)).bind("email");
        binder.forField(relationshipType).asRequired(getTranslation("customer.validation.required")).bind("relationshipType");
        binder.forField(stage).asRequired(getTranslation("customer.validation.required")).bind("stage");
        binder.forField(birthDate).withValidator(date -> date == null || !date.isAfter(today),
                getTranslation("customer.validation.birthDate")).bind("birthDate");
        binder.forField(foundingDate).withValidator(date -> date == null || !date.isAfter(today),
                getTranslation("customer.validation.foundingDate")).bind("foundingDate");
        binder.forField(externalId).withNullRepresentation("").bindReadOnly(Customer::getExternalId);
        for (TextField text : new TextField[] {address, region, occupation, familyStatus, industry, companySize, businessStatus}) {
            binder.forField(text).withNullRepresentation("").bind(text.getId().orElseThrow());
        }
        binder.forField(notes).withNullRepresentation("").bind("notes");
        binder.bindInstanceFields(this);
    }

    private void label() {
        name.setLabel(getTranslation("customer.field.name"));
        type.setLabel(getTranslation("customer.field.type"));
        phone.setLabel(getTranslation("customer.field.phone"));
        email.setLabel(getTranslation("customer.field.email"));
        address.setLabel(getTranslation("customer.field.address"));
        region.setLabel(getTranslation("customer.field.region"));
        relationshipType.setLabel(getTranslation("customer.field.relationshipType"));
        source.setLabel(getTranslation("customer.field.source"));
        stage.setLabel(getTranslation("customer.field.stage"));
        notes.setLabel(getTranslation("customer.field.notes"));
        externalId.setLabel(getTranslation("customer.field.externalId"));
        gender.setLabel(getTranslation("customer.field.gender"));
        birthDate.setLabel(getTranslation("customer.field.birthDate"));
        occupation.setLabel(getTranslation("customer.field.occupation"));
        familyStatus.setLabel(getTranslation("customer.field.familyStatus"));
        foundingDate.setLabel(getTranslation("customer.field.foundingDate"));
        industry.setLabel(getTranslation("customer.field.industry"));
        companySize.setLabel(getTranslation("customer.field.companySize"));
        businessStatus.setLabel(getTranslation("customer.field.businessStatus"));
        // ids double as the bean property names of the optional text fields
        address.setId("address");
        region.setId("region");
        occupation.setId("occupation");
        familyStatus.setId("familyStatus");
        industry.setId("industry");
        companySize.setId("companySize");
        businessStatus.setId("businessStatus");
        notes.setMaxLength(5000);
    }

    @SafeVarargs
    private <E extends Enum<E>> void choices(ComboBox<E> box, String labelPrefix, E... values) {
        box.setItems(values);
        box.setItemLabelGenerator(value -> getTranslation(labelPrefix + value.name()));
    }

    private void showFieldsFor(CustomerType customerType) {
        boolean isOrganization = customerType == CustomerType.ORGANIZATION;
        individual.setVisible(!isOrganization);
        individual.getChildren().forEach(field -> field.setVisible(!isOrganization));
        organization.setVisible(isOrganization);
        organization.getChildren().forEach(field -> field.setVisible(isOrganization));
        contacts.setVisible(isOrganization);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<CustomerForm> {
        private final Customer customer;

        SaveEvent(CustomerForm source, Customer customer) {
            super(source, false);
            this.customer = customer;
        }

        Customer customer() {
            return customer;
        }
    }

    static final class CancelEvent extends ComponentEvent<CustomerForm> {
        CancelEvent(CustomerForm source) {
            super(source, false);
        }
    }
}
