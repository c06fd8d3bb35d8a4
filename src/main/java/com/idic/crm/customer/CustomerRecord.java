package com.idic.crm.customer;

import java.time.LocalDate;

/**
 * A customer as bulk sources (import files, demo data) describe it, keyed by {@code externalId}.
 * On an update every field replaces the stored one, except {@code stage}, {@code createdOn} and
 * {@code lastVerifiedOn}: those are kept when null because import files do not carry them.
 */
public record CustomerRecord(
        String externalId,
        CustomerType type,
        String name,
        Gender gender,
        LocalDate birthDate,
        LocalDate foundingDate,
        String industry,
        String phone,
        String email,
        String region,
        RelationshipType relationshipType,
        InformationSource source,
        PurchaseStage stage,
        LocalDate createdOn,
        LocalDate lastVerifiedOn) {
}
