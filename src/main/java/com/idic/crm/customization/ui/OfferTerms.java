package com.idic.crm.customization.ui;

import java.time.LocalDate;

import com.idic.crm.base.ui.BuiltInTexts;
import com.idic.crm.customization.OfferDetails;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;

/** The offer's validity and its notes to the customer. */
class OfferTerms extends Div {

    final DatePicker validUntil = new DatePicker();
    final TextArea notes = new TextArea();
    private final LocalDate today;

    OfferTerms(LocalDate today) {
        this.today = today;
        addClassName("offer-terms");
        validUntil.setLabel(getTranslation("offer.field.validUntil"));
        validUntil.setI18n(BuiltInTexts.datePicker(this).setMinErrorMessage(getTranslation("customization.refused.validityPast")));
        notes.setLabel(getTranslation("offer.field.notes"));
        notes.setMaxLength(4000);
        notes.setWidthFull();
        add(validUntil, notes);
    }

    void show(OfferDetails details, boolean editable) {
        // a closed offer's validity lies in the past by nature: only a date the user can still change must be in the future
        validUntil.setMin(editable ? today : null);
        validUntil.setValue(details.validUntil());
        notes.setValue(details.notes() == null ? "" : details.notes());
        validUntil.setReadOnly(!editable);
        notes.setReadOnly(!editable);
    }
}
