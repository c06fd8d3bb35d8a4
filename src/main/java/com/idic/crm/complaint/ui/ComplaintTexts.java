package com.idic.crm.complaint.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.complaint.ComplaintRefusedException;
import com.idic.crm.complaint.SlaClockView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** Words and numbers of the complaint screens: enum names, refusals, durations and SLA clocks in the user's language. */
final class ComplaintTexts {

    private ComplaintTexts() {
    }

    /** "complaint.status.RECEIVED" style: every enum of the feature is translated by its simple class name. */
    static String of(Component c, Enum<?> value) {
        if (value == null) {
            return c.getTranslation("common.none");
        }
        return c.getTranslation(key(value));
    }

    /** The translation key of an enum value of the feature (for texts written away from a component). */
    static String key(Enum<?> value) {
        return prefix(value) + value.name();
    }

    private static String prefix(Enum<?> value) {
        return switch (value.getDeclaringClass().getSimpleName()) {
            case "ComplaintStatus" -> "complaint.status.";
            case "ComplaintAction" -> "complaint.action.";
            case "ComplaintPriority" -> "complaint.priority.";
            case "ComplaintChannel" -> "complaint.channel.";
            case "ComplaintSeverity" -> "complaint.severity.";
            case "RemedyType" -> "complaint.remedy.";
            case "SlaState" -> "complaint.sla.state.";
            case "SlaTarget" -> "complaint.sla.target.";
            case "Tier" -> "complaint.tier.";
            default -> throw new IllegalArgumentException("No texts for " + value.getDeclaringClass());
        };
    }

    /** The refusal in the user's language; enum arguments (action, state) are translated too. */
    static String refusal(Component c, ComplaintRefusedException e) {
        Object[] args = Arrays.stream(e.arguments()).map(a -> a instanceof Enum<?> en ? of(c, en) : a).toArray();
        return c.getTranslation(e.messageKey(), args);
    }

    static String dateTime(Component c, Instant instant) {
        return instant == null ? "" : Formats.dateTime(LocalDateTime.ofInstant(instant, ZoneId.systemDefault()), c.getUI().map(ui -> ui.getLocale())
                .orElse(com.vaadin.flow.component.UI.getCurrent() == null ? java.util.Locale.ENGLISH : com.vaadin.flow.component.UI.getCurrent().getLocale()));
    }

    /** Short date and time for list cells: "Dec 5, 14:30" / "12月5日 14:30"; the year only when it is not this year's. */
    static String shortDateTime(Component c, Instant instant) {
        if (instant == null) {
            return "";
        }
        java.util.Locale locale = c.getUI().map(ui -> ui.getLocale()).orElse(com.vaadin.flow.component.UI.getCurrent().getLocale());
        LocalDateTime at = LocalDateTime.ofInstant(instant, ZoneId.systemDefault());
        boolean thisYear = at.getYear() == LocalDateTime.now(ZoneId.systemDefault()).getYear();
        boolean chinese = "zh".equals(locale.getLanguage());
        String pattern = chinese ? (thisYear ? "M月d日 HH:mm" : "yyyy年M月d日 HH:mm") : (thisYear ? "MMM d, HH:mm" : "MMM d, yyyy HH:mm");
        return java.time.format.DateTimeFormatter.ofPattern(pattern, locale).format(at);
    }

    /** "2 d 4 h", "3 h 20 min", "12 min" — the sign is left to the caller. */
    static String duration(Component c, Duration duration) {
        long minutes = Math.abs(duration.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes % (24 * 60) / 60;
        if (days > 0) {
            return c.getTranslation("complaint.duration.days", days, hours);
        }
        if (hours > 0) {
            return c.getTranslation("complaint.duration.hours", hours, minutes % 60);
        }
        return c.getTranslation("complaint.duration.minutes", minutes);
    }

    /** One line telling where the clock stands: left, overdue, paused, met, breached. */
    static String clockLine(Component c, SlaClockView clock) {
        return switch (clock.state()) {
            case MET -> c.getTranslation("complaint.sla.metAt", dateTime(c, clock.metAt()));
            case BREACHED -> clock.metAt() != null
                    ? c.getTranslation("complaint.sla.breachedMet", dateTime(c, clock.metAt()))
                    : c.getTranslation("complaint.sla.overdue", duration(c, clock.remaining()));
            case ONGOING -> clock.paused()
                    ? c.getTranslation("complaint.sla.paused", duration(c, clock.remaining()))
                    : c.getTranslation("complaint.sla.left", duration(c, clock.remaining()));
        };
    }

    static Span badge(String text, String variants) {
        Span badge = new Span(text);
        badge.getElement().setAttribute("theme", "badge " + variants);
        return badge;
    }

    static String statusTheme(com.idic.crm.complaint.ComplaintStatus status) {
        return switch (status) {
            case RECEIVED -> "";
            case WAITING_ON_CUSTOMER -> "contrast";
            case INVALID, DUPLICATE -> "contrast";
            case RESOLVED, FOLLOWED_UP, CLOSED -> "success";
            default -> "";
        };
    }

    static String priorityTheme(com.idic.crm.complaint.ComplaintPriority priority) {
        return switch (priority) {
            case URGENT -> "error primary";
            case HIGH -> "error";
            case NORMAL -> "";
            case LOW -> "contrast";
        };
    }

    static String slaTheme(com.idic.crm.complaint.SlaState state) {
        return switch (state) {
            case BREACHED -> "error";
            case MET -> "success";
            case ONGOING -> "";
        };
    }
}
