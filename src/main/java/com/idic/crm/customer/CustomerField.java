package com.idic.crm.customer;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The customer fields a bulk source ({@link CustomerRecord}) can carry, with the column each is
 * stored in. Fields stored NOT NULL have a default that applies to new records only.
 */
public enum CustomerField {
    TYPE("type", CustomerRecord::type),
    NAME("name", CustomerRecord::name, "name_key", CustomerKeys::name),
    GENDER("gender", CustomerRecord::gender),
    BIRTH_DATE("birth_date", CustomerRecord::birthDate),
    FOUNDING_DATE("founding_date", CustomerRecord::foundingDate),
    INDUSTRY("industry", CustomerRecord::industry),
    PHONE("phone", CustomerRecord::phone, "phone_key", CustomerKeys::phone),
    EMAIL("email", CustomerRecord::email, "email_key", CustomerKeys::email),
    REGION("region", CustomerRecord::region),
    RELATIONSHIP_TYPE("relationship_type", CustomerRecord::relationshipType),
    SOURCE("source", CustomerRecord::source),
    STAGE("stage", CustomerRecord::stage),
    CREATED_ON("created_on", CustomerRecord::createdOn),
    LAST_VERIFIED_ON("last_verified_on", CustomerRecord::lastVerifiedOn);

    private final String column;
    private final Function<CustomerRecord, Object> getter;
    private final String keyColumn;
    private final UnaryOperator<String> key;

    CustomerField(String column, Function<CustomerRecord, Object> getter) {
        this(column, getter, null, null);
    }

    CustomerField(String column, Function<CustomerRecord, Object> getter, String keyColumn, UnaryOperator<String> key) {
        this.column = column;
        this.getter = getter;
        this.keyColumn = keyColumn;
        this.key = key;
    }

    public String column() {
        return column;
    }

    /** The normalized key column kept in step with this field (filters, duplicate finder), or null. */
    String keyColumn() {
        return keyColumn;
    }

    String keyOf(String value) {
        return key.apply(value);
    }

    /** The column is NOT NULL: an empty value never clears it. */
    boolean isMandatory() {
        return this == TYPE || this == NAME || this == RELATIONSHIP_TYPE || this == STAGE || this == CREATED_ON;
    }

    /** What a new record gets when the source leaves this field empty; null for optional fields. */
    Object defaultValue(LocalDate today) {
        return switch (this) {
            case TYPE -> CustomerType.INDIVIDUAL.name();
            case RELATIONSHIP_TYPE -> RelationshipType.GENERAL_CONSUMER.name();
            case STAGE -> PurchaseStage.POTENTIAL.name();
            case CREATED_ON -> today;
            default -> null;
        };
    }

    /** The value to write: choices as their constant names, dates as dates, null for empty. */
    Object valueOf(CustomerRecord record) {
        Object value = getter.apply(record);
        return value instanceof Enum<?> choice ? choice.name() : value;
    }

    /** A value to write in the text form the column reads back as (dates ISO-8601). */
    static String asStored(Object value) {
        return value == null ? null : value.toString();
    }
}
