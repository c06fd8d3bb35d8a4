package com.idic.crm.complaint.ui;

import com.idic.crm.complaint.ComplaintDetails;
import com.idic.crm.complaint.SlaClockView;
import com.idic.crm.complaint.SlaState;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;

/** Both SLA clocks side by side, each with its target, due date, time left or overdue, and the waits on the customer. */
class SlaClocksPanel extends Div {

    /** {@code changeDue} opens the due-date dialog; null when the user may not set due dates here. */
    SlaClocksPanel(ComplaintDetails complaint, Runnable changeDue) {
        addClassName("sla-clocks");
        complaint.clocks().forEach(clock -> add(card(clock, complaint)));
        if (changeDue != null) {
            Button change = new Button(getTranslation("complaint.due.change"), VaadinIcon.CALENDAR_CLOCK.create(), click -> changeDue.run());
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            change.addClassName("sla-change-due");
            add(change);
        }
        if (!complaint.pauses().isEmpty()) {
            Div pauses = new Div(new H4(getTranslation("complaint.sla.pauses")));
            pauses.addClassName("sla-pauses");
            complaint.pauses().forEach(p -> pauses.add(new Div(new Span(p.end() == null
                    ? getTranslation("complaint.sla.pauseOpen", ComplaintTexts.dateTime(this, p.start()))
                    : getTranslation("complaint.sla.pause", ComplaintTexts.dateTime(this, p.start()),
                    ComplaintTexts.dateTime(this, p.end()))))));
            add(pauses);
        }
    }

    private Div card(SlaClockView clock, ComplaintDetails complaint) {
        Div card = new Div();
        card.addClassNames("sla-clock", "sla-" + clock.state().name().toLowerCase());
        H4 title = new H4(getTranslation("complaint.sla.target." + clock.kind().name()));
        Span state = ComplaintTexts.badge(ComplaintTexts.of(this, clock.state()), ComplaintTexts.slaTheme(clock.state()));
        Div head = new Div(title, state);
        head.addClassName("sla-clock-head");
        Span line = new Span(ComplaintTexts.clockLine(this, clock));
        line.addClassName("sla-clock-line");
        Span target = new Span(targetLine(clock, complaint));
        target.addClassName("muted");
        Span due = new Span(clock.due() == null ? getTranslation("complaint.sla.dueUnknown")
                : getTranslation(clock.manualDue() ? "complaint.sla.dueManual" : "complaint.sla.due",
                ComplaintTexts.dateTime(this, clock.due())));
        due.addClassName(clock.manualDue() ? "sla-due-manual" : "muted");
        ProgressBar used = new ProgressBar(0, 1, Math.max(0, Math.min(1, clock.usedShare())));
        if (clock.state() == SlaState.BREACHED || clock.usedShare() >= 0.8 && clock.state() == SlaState.ONGOING) {
            used.addThemeVariants(clock.state() == SlaState.BREACHED ? ProgressBarVariant.LUMO_ERROR : ProgressBarVariant.LUMO_CONTRAST);
        } else if (clock.state() == SlaState.MET) {
            used.addThemeVariants(ProgressBarVariant.LUMO_SUCCESS);
        }
        card.add(head, line, used, target, due);
        return card;
    }

    /** The target; after an escalation raised the priority, which priority the target still follows. */
    private String targetLine(SlaClockView clock, ComplaintDetails complaint) {
        String target = getTranslation("complaint.sla.targetIs", ComplaintTexts.duration(this, clock.target()));
        if (clock.manualDue() || complaint.slaPriority() == complaint.priority()) {
            return target;
        }
        return getTranslation("complaint.sla.targetOfPriority", target, ComplaintTexts.of(this, complaint.slaPriority()));
    }
}
