package com.idic.crm.complaint.ui;

import java.util.List;

import com.idic.crm.complaint.ComplaintCategoryRow;
import com.idic.crm.complaint.ComplaintPriority;
import com.idic.crm.complaint.ComplaintSeverity;
import com.idic.crm.complaint.RemedyType;
import com.idic.crm.complaint.ComplaintStatus;
import com.idic.crm.complaint.HistoryLine;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;

/** The complaint's history as a timeline, newest first: who did what, when, from what to what, and why. */
class HistoryTimeline extends Div {

    private final List<ComplaintCategoryRow> categories;

    HistoryTimeline(List<HistoryLine> lines, List<ComplaintCategoryRow> categories) {
        this.categories = categories;
        addClassName("complaint-history");
        add(new H4(getTranslation("complaint.history.title")));
        for (HistoryLine line : lines) {
            Span when = new Span(ComplaintTexts.dateTime(this, line.at()) + " \u00b7 " + line.username());
            when.addClassName("history-when");
            Span what = new Span(describe(line));
            what.addClassName("history-what");
            Div entry = new Div(when, what);
            entry.addClassNames("history-entry", "history-" + line.kind().name().toLowerCase());
            if (line.note() != null && !line.note().isBlank()) {
                Span note = new Span(line.note());
                note.addClassName("history-note");
                entry.add(note);
            }
            add(entry);
        }
    }

    private String describe(HistoryLine line) {
        return switch (line.kind()) {
            case CREATED -> getTranslation("complaint.history.created");
            case STATUS -> getTranslation("complaint.history.status", status(line.from()), status(line.to()));
            case ASSIGNEE -> getTranslation("complaint.history.assignee", person(line.from()), person(line.to()));
            case PRIORITY -> getTranslation("complaint.history.priority", priority(line.from()), priority(line.to()));
            case FIELD -> getTranslation("complaint.history.field", getTranslation("complaint.field." + line.field()),
                    value(line.field(), line.from()), value(line.field(), line.to()));
            case NOTE -> getTranslation("complaint.history.note");
            case SLA_WARNING -> getTranslation("complaint.history.warning", getTranslation("complaint.sla.target." + line.field()));
            case ESCALATED -> getTranslation("complaint.history.escalated", getTranslation("complaint.sla.target." + line.field()));
            case CALLBACK -> getTranslation("complaint.history.callback", line.to());
            case CALLBACK_DONE -> getTranslation("complaint.history.callbackDone");
            case DUE_OVERRIDE -> getTranslation("complaint.history.dueOverride", getTranslation("complaint.sla.target." + line.field()),
                    instant(line.from()), instant(line.to()));
            case AT_RISK_CLEARED -> getTranslation("complaint.history.atRiskCleared");
        };
    }

    private String status(String name) {
        return name == null ? getTranslation("common.none") : ComplaintTexts.of(this, ComplaintStatus.valueOf(name));
    }

    private String priority(String name) {
        return name == null ? getTranslation("common.none") : ComplaintTexts.of(this, ComplaintPriority.valueOf(name));
    }

    private String instant(String raw) {
        return raw == null ? getTranslation("complaint.sla.dueUnknownShort") : ComplaintTexts.dateTime(this, java.time.Instant.parse(raw));
    }

    private String person(String name) {
        return name == null ? getTranslation("complaint.assign.nobody") : name;
    }

    private String value(String field, String raw) {
        if (raw == null) {
            return getTranslation("common.none");
        }
        return switch (field) {
            case "remedyAmount" -> com.idic.crm.base.ui.Formats.money(new java.math.BigDecimal(raw), getLocale());
            case "severity" -> ComplaintTexts.of(this, ComplaintSeverity.valueOf(raw));
            case "remedyType" -> ComplaintTexts.of(this, RemedyType.valueOf(raw));
            case "category" -> categories.stream().filter(c -> Long.toString(c.id()).equals(raw)).findFirst()
                    .map(c -> c.label(getLocale())).orElse(raw);
            default -> raw;
        };
    }
}
