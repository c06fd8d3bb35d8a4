package com.idic.crm.customer;

/** Gender of an individual customer. */
public enum Gender {
    FEMALE, MALE, OTHER
}
