package com.idic.crm.interaction;

/**
 * The five relationship levels of DOMAIN.md section 3, from no contact after the sale (basic) to
 * products designed with the customer (partnership). A customer nobody has rated is at {@link #BASIC}.
 */
public enum RelationshipLevel {
    BASIC, REACTIVE, ACCOUNTABLE, PROACTIVE, PARTNERSHIP
}
