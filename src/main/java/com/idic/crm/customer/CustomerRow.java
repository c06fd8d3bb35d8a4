package com.idic.crm.customer;

import java.time.LocalDate;

/** One line of the customer list. */
public record CustomerRow(
        long id,
        String name,
        CustomerType type,
        String region,
        RelationshipType relationshipType,
        PurchaseStage stage,
        String phone,
        String email,
        LocalDate lastVerifiedOn,
        boolean needsVerification) {
}
