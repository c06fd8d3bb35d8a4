package com.idic.crm.customer.ui;

import java.util.List;

import com.idic.crm.customer.CustomerFilter;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.PurchaseStage;
import com.idic.crm.customer.RelationshipType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;

/** The list's filter fields on one line; tells its listener whenever the filter changes. */
class CustomerFilterBar extends Div {

    final TextField name = text("customer.filter.name", "customer-filter-name");
    final TextField phone = text("customer.filter.phone", "customer-filter-phone");
    final TextField email = text("customer.filter.email", "customer-filter-email");
    final ComboBox<CustomerType> type = choice("customer.field.type", "customer.type.", List.of(CustomerType.values()));
    final ComboBox<String> region = new ComboBox<>();
    final ComboBox<RelationshipType> relationship =
            choice("customer.field.relationshipType", "customer.relationship.", List.of(RelationshipType.values()));
    final ComboBox<PurchaseStage> stage = choice("customer.field.stage", "customer.stage.", List.of(PurchaseStage.values()));
    final Checkbox needsVerification = new Checkbox(getTranslation("customer.filter.needsVerification"));

    CustomerFilterBar(List<String> regions, Runnable onChange) {
        addClassName("filter-bar");
        region.setPlaceholder(getTranslation("customer.field.region"));
        region.setAriaLabel(getTranslation("customer.field.region"));
        region.setItems(regions);
        region.setClearButtonVisible(true);
        region.addClassName("customer-filter-choice");
        Button clear = new Button(getTranslation("action.clear"), VaadinIcon.CLOSE_SMALL.create(), click -> clear());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(name, phone, email, type, region, relationship, stage, needsVerification, clear);
        List<HasValue<?, ?>> fields = List.of(name, phone, email, type, region, relationship, stage, needsVerification);
        fields.forEach(field -> field.addValueChangeListener(event -> onChange.run()));
        // Letters typed into the phone filter cannot match any phone; say so instead of showing nothing silently.
        phone.setPattern("[0-9+()\\-. ]*");
        phone.setI18n(new TextField.TextFieldI18n().setPatternErrorMessage(getTranslation("customer.filter.phone.invalid")));
    }

    CustomerFilter filter() {
        return new CustomerFilter(name.getValue(), phone.getValue(), email.getValue(), type.getValue(), region.getValue(),
                relationship.getValue(), stage.getValue(), needsVerification.getValue());
    }

    private void clear() {
        List.<AbstractField<?, ?>>of(name, phone, email, needsVerification).forEach(AbstractField::clear);
        type.clear();
        region.clear();
        relationship.clear();
        stage.clear();
    }

    private TextField text(String placeholderKey, String className) {
        TextField field = new TextField();
        field.setPlaceholder(getTranslation(placeholderKey));
        field.setAriaLabel(getTranslation(placeholderKey));
        field.setTooltipText(getTranslation("customer.filter.startsWith"));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setClearButtonVisible(true);
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.addClassName(className);
        return field;
    }

    private <E extends Enum<E>> ComboBox<E> choice(String placeholderKey, String labelPrefix, List<E> values) {
        ComboBox<E> box = new ComboBox<>();
        box.setItems(values);
        box.setItemLabelGenerator(value -> getTranslation(labelPrefix + value.name()));
        box.setPlaceholder(getTranslation(placeholderKey));
        box.setAriaLabel(getTranslation(placeholderKey));
        box.setClearButtonVisible(true);
        box.addClassName("customer-filter-choice");
        return box;
    }
}
