package com.idic.crm.customization;

/** Everything that can happen to an offer; each is one entry in its history. */
public enum OfferAction {
    CREATE, EDIT, SUBMIT_FOR_APPROVAL, APPROVE, REJECT, SEND, ACCEPT, DECLINE, RENEGOTIATE, EXPIRE, WITHDRAW,
    START_DELIVERY, DELIVER,
    /** the accepted offer's orders were recorded on the customer */
    CREATE_ORDERS
}
