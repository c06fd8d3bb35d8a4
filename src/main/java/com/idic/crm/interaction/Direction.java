package com.idic.crm.interaction;

/** Who started the contact: the customer (inbound) or the company (outbound). */
public enum Direction {
    INBOUND, OUTBOUND
}
