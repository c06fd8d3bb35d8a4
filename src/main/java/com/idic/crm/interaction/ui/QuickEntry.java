package com.idic.crm.interaction.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import com.idic.crm.base.ui.Notifications;
import com.idic.crm.interaction.ContentType;
import com.idic.crm.interaction.Direction;
import com.idic.crm.interaction.InteractionChannel;
import com.idic.crm.interaction.InteractionService;
import com.idic.crm.interaction.NewInteraction;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import jakarta.validation.ConstraintViolationException;

/** One line to note the contact just had: channel, direction, what it was about, when, and a summary. */
class QuickEntry extends Div {

    final Select<InteractionChannel> channel = new Select<>();
    final Select<Direction> direction = new Select<>();
    final Select<ContentType> content = new Select<>();
    final DateTimePicker occurredAt = new DateTimePicker();
    final TextArea summary = new TextArea();
    final Button record = new Button(VaadinIcon.PLUS.create());

    private final transient InteractionService interactions;
    private final transient Clock clock;
    private final long customerId;

    QuickEntry(InteractionService interactions, Clock clock, long customerId) {
        this.interactions = interactions;
        this.clock = clock;
        this.customerId = customerId;
        addClassName("quick-entry");
        choice(channel, getTranslation("interaction.channel"), InteractionChannel.values(), "interaction.channel.");
        choice(direction, getTranslation("interaction.direction"), Direction.values(), "interaction.direction.");
        choice(content, getTranslation("interaction.content"), ContentType.values(), "interaction.content.");
        content.addClassName("quick-entry-content");
        occurredAt.setLabel(getTranslation("interaction.when"));
        occurredAt.setLocale(getLocale());
        occurredAt.setStep(java.time.Duration.ofMinutes(15));
        summary.setLabel(getTranslation("interaction.summary"));
        summary.setPlaceholder(getTranslation("interaction.summary.placeholder"));
        summary.setMaxLength(NewInteraction.MAX_SUMMARY);
        summary.setRequiredIndicatorVisible(true);
        summary.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        summary.addValueChangeListener(change -> summary.setInvalid(false));
        summary.addClassName("quick-entry-summary");
        record.setText(getTranslation("interaction.record"));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(click -> record());
        reset();
        add(channel, direction, content, occurredAt, summary, record);
    }

    private <T extends Enum<T>> void choice(Select<T> select, String label, T[] values, String keyPrefix) {
        select.setLabel(label);
        select.setItems(values);
        select.setItemLabelGenerator(value -> getTranslation(keyPrefix + value.name()));
        select.setEmptySelectionAllowed(false);
    }

    private void record() {
        LocalDateTime now = LocalDateTime.now(clock);
        if (summary.getValue().isBlank()) {
            summary.setErrorMessage(getTranslation("interaction.summary.required"));
            summary.setInvalid(true);
            return;
        }
        if (occurredAt.getValue() == null || occurredAt.getValue().isAfter(now)) {
            occurredAt.setErrorMessage(getTranslation("interaction.when.future"));
            occurredAt.setInvalid(true);
            return;
        }
        occurredAt.setInvalid(false);
        try {
            interactions.record(new NewInteraction(customerId, channel.getValue(), direction.getValue(), content.getValue(),
                    summary.getValue(), occurredAt.getValue()));
        } catch (ConstraintViolationException | InteractionService.UnknownCustomerException e) {
            Notifications.error(getTranslation("interaction.refused", e.getMessage()));
            return;
        }
        Notifications.success(getTranslation("interaction.recorded"));
        reset();
        fireEvent(new RecordedEvent(this));
    }

    private void reset() {
        channel.setValue(InteractionChannel.PHONE);
        direction.setValue(Direction.INBOUND);
        content.setValue(ContentType.INFORMATION);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        occurredAt.setValue(now);
        occurredAt.setMax(now.plusMinutes(1));
        summary.clear();
        summary.setInvalid(false);
    }

    Registration addRecordedListener(ComponentEventListener<RecordedEvent> listener) {
        return addListener(RecordedEvent.class, listener);
    }

    static class RecordedEvent extends ComponentEvent<QuickEntry> {
        RecordedEvent(QuickEntry source) {
            super(source, false);
        }
    }
}
