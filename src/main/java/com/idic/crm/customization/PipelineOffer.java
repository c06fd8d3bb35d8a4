package com.idic.crm.customization;

import java.math.BigDecimal;
import java.time.Instant;

import com.idic.crm.segmentation.Tier;

/**
 * An offer as the pipeline report reads it, with its request's type, tier (at submission), owner and
 * submission time, when it was first sent and when the customer answered it (accepted or declined).
 * Amounts exact to the cent; the margin percentage is of the net and null when the net is zero.
 */
public record PipelineOffer(long id, int versionNo, long requestId, Instant requestCreatedAt, String customerName,
                            CustomizationType type, Tier tier, String owner, String author, OfferState state,
                            Instant createdAt, Instant sentAt, Instant customerDecisionAt, BigDecimal listTotal,
                            BigDecimal netTotal, BigDecimal costTotal, BigDecimal marginPercent) {

    /** Accepted by the customer, whether or not delivery has started or finished. */
    public boolean accepted() {
        return state == OfferState.ACCEPTED || state == OfferState.IN_DELIVERY || state == OfferState.DELIVERED;
    }

    public boolean declined() {
        return state == OfferState.DECLINED;
    }

    public BigDecimal margin() {
        return netTotal.subtract(costTotal);
    }
}
