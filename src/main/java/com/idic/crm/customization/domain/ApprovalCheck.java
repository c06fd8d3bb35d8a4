package com.idic.crm.customization.domain;

import java.util.ArrayList;
import java.util.List;

import com.idic.crm.customization.ApprovalRule;
import com.idic.crm.customization.OfferTotals;

/** Whether an offer's figures stay within what a marketer may give the customer's tier on their own. */
public final class ApprovalCheck {

    public enum Reason { DISCOUNT_ABOVE_THRESHOLD, MARGIN_BELOW_FLOOR }

    private ApprovalCheck() {
    }

    /** Why a manager must approve; empty = the marketer may send the offer directly. */
    public static List<Reason> reasons(OfferTotals totals, ApprovalRule rule) {
        List<Reason> reasons = new ArrayList<>(2);
        if (totals.maxDiscountPercent().compareTo(rule.maxDiscountPercent()) > 0) {
            reasons.add(Reason.DISCOUNT_ABOVE_THRESHOLD);
        }
        if (totals.marginPercent() == null || totals.marginPercent().compareTo(rule.minMarginPercent()) < 0) {
            reasons.add(Reason.MARGIN_BELOW_FLOOR);
        }
        return reasons;
    }
}
