package com.idic.crm.customer;

/**
 * What other features record about a customer, asked without the customer feature
 * depending on them (the order feature implements it).
 */
public interface CustomerActivity {

    long orderCount(long customerId);
}
