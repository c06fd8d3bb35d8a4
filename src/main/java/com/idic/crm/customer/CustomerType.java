package com.idic.crm.customer;

/** Individual (个人客户) or organization (组织客户), DOMAIN.md section 1. */
public enum CustomerType {
    INDIVIDUAL, ORGANIZATION
}
