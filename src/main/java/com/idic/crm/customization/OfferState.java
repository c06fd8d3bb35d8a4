package com.idic.crm.customization;

/**
 * Where an offer stands. REJECTED_INTERNAL is a draft the manager sent back with a reason; RENEGOTIATION
 * marks an older version replaced by a new one; DECLINED, RENEGOTIATION, EXPIRED, WITHDRAWN and DELIVERED are final.
 */
public enum OfferState {
    DRAFT, PENDING_APPROVAL, APPROVED, REJECTED_INTERNAL, SENT, ACCEPTED, DECLINED, RENEGOTIATION, EXPIRED,
    WITHDRAWN, IN_DELIVERY, DELIVERED;

    /** Lines, validity and notes can be changed only before the offer leaves the marketer's hands. */
    public boolean editable() {
        return this == DRAFT || this == REJECTED_INTERNAL;
    }
}
