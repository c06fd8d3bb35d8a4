package com.idic.crm.complaint.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

import com.idic.crm.complaint.ComplaintDetails;
import com.idic.crm.complaint.ComplaintStep;
import com.idic.crm.complaint.DueOverride;
import com.idic.crm.complaint.SlaClockView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Sets the due dates of a complaint by hand, e.g. to the date agreed with the customer: the resolution due, and the
 * first-response due while no first response was given. Only the dates moved away from the current ones are sent;
 * a reason is required. Whether the dates are acceptable (in the future ...) the service decides and the page shows.
 */
class DueDateDialog extends Dialog {

    final DateTimePicker firstResponse = new DateTimePicker();
    final DateTimePicker resolution = new DateTimePicker();
    final TextArea reason = new TextArea();
    final Button save = new Button();
    private final LocalDateTime shownFirstResponse;
    private final LocalDateTime shownResolution;

    DueDateDialog(ComplaintDetails complaint, Consumer<DueOverride> done) {
        setHeaderTitle(getTranslation("complaint.due.title"));
        setWidth("36rem");
        SlaClockView first = complaint.clocks().get(0);
        SlaClockView resolve = complaint.clocks().get(1);
        shownFirstResponse = local(first.due());
        shownResolution = local(resolve.due());
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.add(new Paragraph(getTranslation("complaint.due.intro")));
        if (first.metAt() == null) {
            firstResponse.setLabel(getTranslation("complaint.sla.target.FIRST_RESPONSE"));
            firstResponse.setValue(shownFirstResponse);
            form.add(firstResponse);
        }
        resolution.setLabel(getTranslation("complaint.sla.target.RESOLUTION"));
        resolution.setValue(shownResolution);
        reason.setLabel(getTranslation("complaint.due.reason"));
        reason.setMaxLength(ComplaintStep.NOTE_MAX);
        reason.setMinHeight("5rem");
        form.add(resolution, reason);
        add(form);
        save.setText(getTranslation("complaint.due.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            DueOverride override = override();
            if (override != null) {
                done.accept(override);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    /** The new due dates, or null after marking what is missing. */
    DueOverride override() {
        Instant newFirst = changed(firstResponse, shownFirstResponse);
        Instant newResolution = changed(resolution, shownResolution);
        boolean moved = newFirst != null || newResolution != null;
        resolution.setInvalid(!moved);
        resolution.setErrorMessage(moved ? null : getTranslation("complaint.due.unchanged"));
        boolean reasoned = reason.getValue() != null && !reason.getValue().isBlank();
        reason.setInvalid(!reasoned);
        reason.setErrorMessage(reasoned ? null : getTranslation("complaint.validation.required"));
        return moved && reasoned ? new DueOverride(newFirst, newResolution, reason.getValue().trim()) : null;
    }

    private static Instant changed(DateTimePicker picker, LocalDateTime shown) {
        LocalDateTime value = picker.getValue();
        // a picker left hidden (first response already given) has no value
        if (value == null || value.equals(shown)) {
            return null;
        }
        return value.atZone(ZoneId.systemDefault()).toInstant();
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneId.systemDefault()).truncatedTo(ChronoUnit.MINUTES);
    }
}
