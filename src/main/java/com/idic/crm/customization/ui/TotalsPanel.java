package com.idic.crm.customization.ui;

import java.math.BigDecimal;
import java.util.List;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.customization.ApprovalReason;
import com.idic.crm.customization.ApprovalRule;
import com.idic.crm.customization.OfferTotals;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The offer's figures and whether the tier's rule asks for a manager, updated while the lines are edited. */
class TotalsPanel extends Div {

    final Span list = new Span();
    final Span discount = new Span();
    final Span net = new Span();
    final Span cost = new Span();
    final Span margin = new Span();
    final Span marginPercent = new Span();
    final Span approval = new Span();

    TotalsPanel() {
        addClassName("offer-totals");
        add(figure("offer.totals.list", list), figure("offer.totals.discount", discount), figure("offer.totals.net", net),
                figure("offer.totals.cost", cost), figure("offer.totals.margin", margin),
                figure("offer.totals.marginPercent", marginPercent));
        net.addClassName("net-total");
        approval.addClassName("approval-status");
        add(approval);
    }

    private Div figure(String labelKey, Span value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("figure-label");
        value.addClassName("figure-value");
        Div figure = new Div(label, value);
        figure.addClassName("figure");
        return figure;
    }

    void show(OfferTotals totals, ApprovalRule rule, List<ApprovalReason> reasons, String tierName) {
        list.setText(money(totals.listTotal()));
        discount.setText(money(totals.discountTotal().negate()));
        net.setText(money(totals.netTotal()));
        cost.setText(money(totals.costTotal()));
        margin.setText(money(totals.margin()));
        marginPercent.setText(totals.marginPercent() == null ? "\u2014" : percent(totals.marginPercent()));
        approval.setVisible(true);
        if (reasons.isEmpty()) {
            approval.setText(getTranslation("offer.approval.within", tierName, percent(rule.maxDiscountPercent()),
                    percent(rule.minMarginPercent())));
            approval.getElement().setAttribute("theme", "badge success");
        } else {
            StringBuilder why = new StringBuilder();
            if (reasons.contains(ApprovalReason.DISCOUNT_ABOVE_THRESHOLD)) {
                why.append(getTranslation("offer.approval.discount", percent(totals.maxDiscountPercent()),
                        percent(rule.maxDiscountPercent())));
            }
            if (reasons.contains(ApprovalReason.MARGIN_BELOW_FLOOR)) {
                why.append(why.isEmpty() ? "" : "; ").append(getTranslation("offer.approval.margin",
                        totals.marginPercent() == null ? "\u2014" : percent(totals.marginPercent()), percent(rule.minMarginPercent())));
            }
            approval.setText(getTranslation("offer.approval.needed", tierName, why.toString()));
            approval.getElement().setAttribute("theme", "badge warning");
        }
    }

    /** After the draft stage the rule's advice is history: who approved it, or nothing. */
    void showDecision(String approvedBy) {
        approval.setVisible(approvedBy != null);
        if (approvedBy != null) {
            approval.setText(getTranslation("offer.approval.by", approvedBy));
            approval.getElement().setAttribute("theme", "badge success");
        }
    }

    private String money(BigDecimal amount) {
        return Formats.money(amount, getLocale());
    }

    static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + " %";
    }
}
