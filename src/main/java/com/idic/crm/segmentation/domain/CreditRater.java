package com.idic.crm.segmentation.domain;

import java.math.BigDecimal;

import com.idic.crm.segmentation.CreditRating;
import com.idic.crm.segmentation.SegmentationSettings;

/**
 * Rating by collection share (paid / amount over orders in W, compared without dividing) and by
 * the longest payment term; the worse of the two decides.
 */
public final class CreditRater {

    private final SegmentationSettings.Credit table;

    public CreditRater(SegmentationSettings.Credit table) {
        this.table = table;
    }

    public CreditRating rate(BigDecimal paid, BigDecimal amount, int longestTermDays) {
        return byShare(paid, amount).worse(byTerm(longestTermDays));
    }

    CreditRating byShare(BigDecimal paid, BigDecimal amount) {
        if (paid.compareTo(table.shareA().multiply(amount)) >= 0) {
            return CreditRating.A;
        }
        if (paid.compareTo(table.shareB().multiply(amount)) >= 0) {
            return CreditRating.B;
        }
        if (paid.compareTo(table.shareC().multiply(amount)) >= 0) {
            return CreditRating.C;
        }
        return paid.compareTo(table.shareD().multiply(amount)) >= 0 ? CreditRating.D : CreditRating.NONE;
    }

    CreditRating byTerm(int days) {
        if (days <= table.termA()) {
            return CreditRating.A;
        }
        if (days <= table.termB()) {
            return CreditRating.B;
        }
        if (days <= table.termC()) {
            return CreditRating.C;
        }
        return days <= table.termD() ? CreditRating.D : CreditRating.NONE;
    }
}
