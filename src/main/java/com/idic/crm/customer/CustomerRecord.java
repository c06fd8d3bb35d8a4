package com.idic.crm.customer;

import java.time.LocalDate;

import com.idic.crm.customer.domain.Customer;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A customer as bulk sources (import files, demo data) describe it, keyed by {@code externalId}.
 * On an update every field replaces the stored one, except {@code stage}, {@code createdOn} and
 * {@code lastVerifiedOn}: those are kept when null because import files do not carry them.
 * The constraints are the entity's, so a bulk source can check a record before writing it.
 */
public record CustomerRecord(
        @NotBlank @Size(max = 64) String externalId,
        @NotNull CustomerType type,
        @NotBlank @Size(max = 200) String name,
        Gender gender,
        LocalDate birthDate,
        LocalDate foundingDate,
        @Size(max = 100) String industry,
        @Pattern(regexp = Customer.PHONE_PATTERN) @Size(max = 40) String phone,
        @Email @Size(max = 200) String email,
        @Size(max = 100) String region,
        RelationshipType relationshipType,
        InformationSource source,
        PurchaseStage stage,
        LocalDate createdOn,
        LocalDate lastVerifiedOn) {
}
