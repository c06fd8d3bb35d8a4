package com.idic.crm.customer;

/** How the customer relates to the company (按与企业的关系). */
public enum RelationshipType {
    GENERAL_CONSUMER, ENTERPRISE, INTERNAL, CHANNEL_PARTNER
}
