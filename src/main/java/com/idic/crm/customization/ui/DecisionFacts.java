package com.idic.crm.customization.ui;

import java.math.BigDecimal;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.customization.ApprovalRow;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * What a manager weighs before approving, on the offer itself: the customer's value now (tier, quadrant,
 * CLV, stage) and the margin impact (margin at list price against the offered margin, the largest discount).
 */
class DecisionFacts extends Div {

    DecisionFacts(ApprovalRow row) {
        addClassName("decision-facts");
        String value = row.tier() == null ? getTranslation("customization.unscored")
                : getTranslation("segments.tier." + row.tier().name()) + " \u00b7 " + getTranslation("segments.quadrant." + row.quadrant().name())
                + (row.clv() == null ? "" : " \u00b7 " + getTranslation("approval.clv", Formats.money(row.clv(), getLocale())))
                + (row.stage() == null ? "" : " \u00b7 " + getTranslation("segments.stage." + row.stage().name()));
        add(fact("approval.column.value", value),
                fact("approval.column.margin", percent(row.listMarginPercent()) + " \u2192 " + percent(row.totals().marginPercent())
                        + " (" + getTranslation("approval.floor", percent(row.rule().minMarginPercent())) + ")"),
                fact("approval.column.discount", percent(row.totals().maxDiscountPercent())
                        + " (" + getTranslation("approval.limit", percent(row.rule().maxDiscountPercent())) + ")"));
    }

    private Div fact(String labelKey, String text) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("figure-label");
        Div fact = new Div(label, new Span(text));
        fact.addClassName("decision-fact");
        return fact;
    }

    private static String percent(BigDecimal value) {
        return value == null ? "\u2014" : TotalsPanel.percent(value);
    }
}
