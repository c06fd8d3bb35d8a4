package com.idic.crm.customization.ui;

import java.time.LocalDate;
import java.util.function.Consumer;

import com.idic.crm.base.ui.BuiltInTexts;
import com.idic.crm.customization.NeedLevel;
import com.idic.crm.customization.NewRequest;
import com.idic.crm.customization.RequestSource;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

/** Takes down a customer's need in their words; the marketer reviews it later. */
class NewRequestDialog extends Dialog {

    final ComboBox<NeedLevel> needLevel = new ComboBox<>();
    final TextArea need = new TextArea();
    final DatePicker desiredDate = new DatePicker();
    final TextField requestedBy = new TextField();
    final ComboBox<RequestSource> source = new ComboBox<>();
    final IntegerField sourceId = new IntegerField();
    final Button submit = new Button(getTranslation("customization.action.submit"));

    private final Binder<Fields> binder = new Binder<>();

    /** What the form holds until it is complete. */
    static final class Fields {
        NeedLevel needLevel;
        String need;
        LocalDate desiredDate;
        String requestedBy;
        RequestSource source;
        Integer sourceId;
    }

    NewRequestDialog(long customerId, LocalDate today, Consumer<NewRequest> onSubmit) {
        setHeaderTitle(getTranslation("customization.request.new"));
        needLevel.setLabel(getTranslation("customization.field.needLevel"));
        needLevel.setItems(NeedLevel.values());
        needLevel.setItemLabelGenerator(level -> getTranslation("customization.need." + level.name()));
        need.setLabel(getTranslation("customization.field.need"));
        need.setHelperText(getTranslation("customization.field.need.help"));
        need.setMaxLength(4000);
        need.setMinHeight("7rem");
        desiredDate.setLabel(getTranslation("customization.field.desiredDate"));
        desiredDate.setMin(today);
        desiredDate.setI18n(BuiltInTexts.datePicker(this).setMinErrorMessage(getTranslation("customization.validation.desiredDate")));
        requestedBy.setLabel(getTranslation("customization.field.requestedBy"));
        requestedBy.setMaxLength(200);
        source.setLabel(getTranslation("customization.field.source"));
        source.setItems(RequestSource.values());
        source.setItemLabelGenerator(value -> getTranslation("customization.source." + value.name()));
        sourceId.setLabel(getTranslation("customization.field.sourceId"));
        sourceId.setEnabled(false);
        source.addValueChangeListener(e -> sourceId.setEnabled(e.getValue() != null && e.getValue().linksARecord()));

        binder.forField(needLevel).asRequired(getTranslation("customization.validation.required"))
                .bind(f -> f.needLevel, (f, v) -> f.needLevel = v);
        binder.forField(need).asRequired(getTranslation("customization.validation.required"))
                .bind(f -> f.need, (f, v) -> f.need = v);
        binder.forField(desiredDate).withValidator(date -> date == null || !date.isBefore(today),
                getTranslation("customization.validation.desiredDate")).bind(f -> f.desiredDate, (f, v) -> f.desiredDate = v);
        binder.forField(requestedBy).bind(f -> f.requestedBy, (f, v) -> f.requestedBy = v);
        binder.forField(source).asRequired(getTranslation("customization.validation.required"))
                .bind(f -> f.source, (f, v) -> f.source = v);
        binder.forField(sourceId).withValidator(id -> id == null || id > 0, getTranslation("customization.validation.sourceId"))
                .bind(f -> f.sourceId, (f, v) -> f.sourceId = v);

        FormLayout form = new FormLayout(needLevel, source, need, desiredDate, requestedBy, sourceId);
        form.setColspan(need, 2);
        form.setMaxWidth("36rem");
        add(form);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> {
            Fields fields = new Fields();
            try {
                binder.writeBean(fields);
            } catch (ValidationException e) {
                return;
            }
            close();
            onSubmit.accept(new NewRequest(customerId, fields.needLevel, fields.need, fields.desiredDate, fields.requestedBy,
                    fields.source, fields.sourceId == null ? null : fields.sourceId.longValue()));
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), submit);
    }
}
