package com.idic.crm.customer.duplicates;

/** Why two customer records are probably the same customer (DOMAIN.md section 1). */
public enum DuplicateReason {
    PHONE, EMAIL, NAME_REGION
}
