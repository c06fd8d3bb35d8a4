package com.idic.crm.interaction.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.base.ui.Notifications;
import com.idic.crm.interaction.ContactCorrection;
import com.idic.crm.interaction.ContentType;
import com.idic.crm.interaction.Direction;
import com.idic.crm.interaction.InteractionChannel;
import com.idic.crm.interaction.InteractionRow;
import com.idic.crm.interaction.InteractionService;
import com.idic.crm.interaction.NewInteraction;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Corrects a contact recorded wrongly; its author or a manager may also delete it after confirming. When someone
 * else changed or deleted the contact meanwhile, a banner says so and what the user typed stays until Reload.
 */
class ContactDialog extends Dialog {

    final Select<InteractionChannel> channel = new Select<>();
    final Select<Direction> direction = new Select<>();
    final Select<ContentType> content = new Select<>();
    final DateTimePicker occurredAt = new DateTimePicker();
    final TextArea summary = new TextArea();
    final Div conflict = new Div();
    final Button save = new Button();
    final Button delete = new Button(VaadinIcon.TRASH.create());

    private final transient InteractionService interactions;
    private final transient Clock clock;
    private final transient Runnable changed;
    private InteractionRow shown;

    ContactDialog(InteractionService interactions, Clock clock, InteractionRow contact, Runnable changed) {
        this.interactions = interactions;
        this.clock = clock;
        this.changed = changed;
        addClassName("contact-dialog");
        setHeaderTitle(getTranslation("interaction.edit.title"));
        setWidth("40rem");
        choice(channel, "interaction.channel", InteractionChannel.values());
        choice(direction, "interaction.direction", Direction.values());
        choice(content, "interaction.content", ContentType.values());
        occurredAt.setLabel(getTranslation("interaction.when"));
        occurredAt.setLocale(getLocale());
        occurredAt.setStep(Duration.ofMinutes(15));
        occurredAt.addValueChangeListener(change -> occurredAt.setInvalid(false));
        summary.setLabel(getTranslation("interaction.summary"));
        summary.setMaxLength(NewInteraction.MAX_SUMMARY);
        summary.setRequiredIndicatorVisible(true);
        summary.setValueChangeMode(ValueChangeMode.EAGER);
        summary.addValueChangeListener(change -> summary.setInvalid(false));
        conflict.addClassName("conflict-banner");
        conflict.setVisible(false);
        FormLayout form = new FormLayout(channel, direction, content, occurredAt, summary);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));
        form.setColspan(occurredAt, 3);
        form.setColspan(summary, 3);
        add(conflict, form);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        delete.setText(getTranslation("action.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> confirmDelete());
        delete.getStyle().set("margin-inline-end", "auto");
        getFooter().add(delete, new Button(getTranslation("action.cancel"), click -> close()), save);
        show(contact);
    }

    private <T extends Enum<T>> void choice(Select<T> select, String key, T[] values) {
        select.setLabel(getTranslation(key));
        select.setItems(values);
        select.setItemLabelGenerator(value -> getTranslation(key + "." + value.name()));
        select.setEmptySelectionAllowed(false);
    }

    private void show(InteractionRow contact) {
        shown = contact;
        channel.setValue(contact.channel());
        direction.setValue(contact.direction());
        content.setValue(contact.contentType());
        occurredAt.setValue(contact.occurredAt());
        occurredAt.setMax(LocalDateTime.now(clock).plusMinutes(1));
        summary.setValue(contact.summary());
        summary.setInvalid(false);
        occurredAt.setInvalid(false);
        conflict.setVisible(false);
    }

    private void save() {
        if (!checked()) {
            return;
        }
        try {
            interactions.correct(new ContactCorrection(shown.id(), shown.version(), channel.getValue(), direction.getValue(),
                    content.getValue(), summary.getValue(), occurredAt.getValue()));
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(this::showViolation);
            return;
        } catch (ObjectOptimisticLockingFailureException e) {
            showConflict();
            return;
        }
        Notifications.success(getTranslation("interaction.edit.saved"));
        close();
        changed.run();
    }

    /** The rules the service checks, told at the field before asking it. */
    private boolean checked() {
        boolean ok = true;
        if (summary.getValue().isBlank()) {
            invalid(summary, getTranslation("interaction.summary.required"));
            ok = false;
        } else if (summary.getValue().strip().length() > NewInteraction.MAX_SUMMARY) {
            invalid(summary, getTranslation("interaction.summary.tooLong", NewInteraction.MAX_SUMMARY));
            ok = false;
        }
        if (occurredAt.getValue() == null || occurredAt.getValue().isAfter(LocalDateTime.now(clock))) {
            invalid(occurredAt, getTranslation("interaction.when.future"));
            ok = false;
        }
        return ok;
    }

    private void showViolation(ConstraintViolation<?> violation) {
        String field = violation.getPropertyPath().toString();
        if (field.endsWith("summary")) {
            invalid(summary, getTranslation("interaction.summary.tooLong", NewInteraction.MAX_SUMMARY));
        } else if (field.endsWith("occurredAt")) {
            invalid(occurredAt, getTranslation("interaction.when.future"));
        } else {
            Notifications.error(getTranslation("common.invalid"));
        }
    }

    private static void invalid(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("interaction.delete.title"),
                getTranslation("interaction.delete.message", Formats.dateTime(shown.occurredAt(), getLocale()), shown.handledBy()),
                getTranslation("action.delete"), event -> deleteNow());
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void deleteNow() {
        try {
            interactions.delete(shown.id(), shown.version());
        } catch (ObjectOptimisticLockingFailureException e) {
            showConflict();
            return;
        }
        Notifications.success(getTranslation("interaction.delete.done"));
        close();
        changed.run();
    }

    private void reload() {
        changed.run();
        interactions.find(shown.id()).ifPresentOrElse(this::show, this::close);
        save.setEnabled(true);
        delete.setEnabled(true);
    }

    private void showConflict() {
        Optional<InteractionRow> current = interactions.find(shown.id());
        conflict.removeAll();
        Button reload = new Button(getTranslation("action.reload"), VaadinIcon.REFRESH.create(), click -> reload());
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        conflict.add(new H3(getTranslation("common.conflict.title")), new Paragraph(current.isPresent()
                ? getTranslation("interaction.conflict.changed") : getTranslation("interaction.conflict.deleted")), reload);
        conflict.setVisible(true);
        save.setEnabled(false);
        delete.setEnabled(false);
    }
}
