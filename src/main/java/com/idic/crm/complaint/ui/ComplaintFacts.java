package com.idic.crm.complaint.ui;

import java.util.List;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.complaint.ComplaintCategoryRow;
import com.idic.crm.complaint.ComplaintDetails;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;

/** What was gathered in each step, as label/value pairs grouped by step; empty values are left out. */
class ComplaintFacts extends Div {

    ComplaintFacts(ComplaintDetails c, List<ComplaintCategoryRow> categories) {
        addClassName("complaint-facts");
        String category = categories.stream().filter(row -> c.categoryId() != null && row.id() == c.categoryId())
                .map(row -> row.label(getLocale())).findFirst().orElse(null);
        group(1, fact("complaint.field.receivedAt", ComplaintTexts.dateTime(this, c.receivedAt())),
                fact("complaint.field.channel", ComplaintTexts.of(this, c.channel())),
                fact("complaint.field.createdBy", c.createdBy()),
                fact("complaint.field.description", c.description()));
        group(2, fact("complaint.field.category", category),
                fact("complaint.field.productOrOrder", c.productOrOrder()),
                fact("complaint.field.customerWants", c.customerWants()),
                fact("complaint.field.severity", c.severity() == null ? null : ComplaintTexts.of(this, c.severity())),
                fact("complaint.field.validityReason", c.validityReason()),
                fact("complaint.field.duplicateOf", c.duplicateOfId() == null ? null : "#" + c.duplicateOfId()));
        group(3, fact("complaint.field.remedyType", c.remedyType() == null ? null : ComplaintTexts.of(this, c.remedyType())),
                fact("complaint.field.remedyAmount", c.remedyAmount() == null ? null : Formats.money(c.remedyAmount(), getLocale())),
                fact("complaint.field.remedyNote", c.remedyNote()),
                fact("complaint.field.resolvedAt", ComplaintTexts.dateTime(this, c.resolvedAt())));
        group(4, fact("complaint.field.satisfaction", c.satisfaction() == null ? null
                        : getTranslation("complaint.satisfaction." + c.satisfaction())),
                fact("complaint.field.satisfactionComment", c.satisfactionComment()),
                fact("complaint.field.closedAt", ComplaintTexts.dateTime(this, c.closedAt())));
    }

    private void group(int step, Div... facts) {
        Div group = new Div(new H4(getTranslation("complaint.step." + step)));
        group.addClassName("fact-group");
        int shown = 0;
        for (Div fact : facts) {
            if (fact != null) {
                group.add(fact);
                shown++;
            }
        }
        if (shown == 0) {
            Span none = new Span(getTranslation("complaint.facts.none"));
            none.addClassName("muted");
            group.add(none);
        }
        add(group);
    }

    private Div fact(String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Span text = new Span(value);
        text.addClassName("fact-value");
        Div fact = new Div(label, text);
        fact.addClassName("fact");
        return fact;
    }
}
