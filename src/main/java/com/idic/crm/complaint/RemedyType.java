package com.idic.crm.complaint;

/** The remedy proposed to the customer in step 3. */
public enum RemedyType {
    REFUND, REPLACEMENT, REPAIR, DISCOUNT, APOLOGY, OTHER
}
