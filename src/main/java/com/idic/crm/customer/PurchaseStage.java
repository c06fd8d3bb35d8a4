package com.idic.crm.customer;

/** Purchase-intent stage (从购买意愿与能力), in the order a customer usually moves through them. */
public enum PurchaseStage {
    POTENTIAL, INTENDING, FIRST_TIME, REPEAT, MAJOR, LOYAL, BUSINESS_PARTNER, LOST
}
