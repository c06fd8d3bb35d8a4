package com.idic.crm.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.Gender;
import com.idic.crm.customer.InformationSource;
import com.idic.crm.customer.RelationshipType;

/** What a file holds, with the columns it may have (found by header name, any order, any case). */
public enum ImportKind {

    CUSTOMERS(List.of("external_id", "type", "name", "gender", "birth_date", "founding_date", "industry", "phone",
            "email", "region", "relationship_type", "source", "created_at"),
            Set.of("external_id", "type", "name"),
            Map.of("externalId", "external_id", "birthDate", "birth_date", "foundingDate", "founding_date",
                    "relationshipType", "relationship_type", "createdOn", "created_at")),
    ORDERS(List.of("external_id", "customer_external_id", "order_date", "amount", "cost", "category", "channel",
            "paid_amount", "paid_date"),
            Set.of("external_id", "customer_external_id", "order_date", "amount", "cost"),
            Map.of("externalId", "external_id", "customerId", "customer_external_id", "orderDate", "order_date",
                    "paidAmount", "paid_amount", "paidDate", "paid_date"));

    /** A column that takes one of fixed values; their labels in the user's language are {@code labelKeyPrefix + value}. */
    public record Choice(String column, List<String> values, String labelKeyPrefix) {

        static Choice of(String column, Class<? extends Enum<?>> type, String labelKeyPrefix) {
            return new Choice(column, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList(), labelKeyPrefix);
        }
    }

    private static final List<Choice> CUSTOMER_CHOICES = List.of(
            Choice.of("type", CustomerType.class, "customer.type."),
            Choice.of("gender", Gender.class, "customer.gender."),
            Choice.of("relationship_type", RelationshipType.class, "customer.relationship."),
            Choice.of("source", InformationSource.class, "customer.source."));

    private final List<String> columns;
    private final Set<String> required;
    private final Map<String, String> columnByProperty;

    ImportKind(List<String> columns, Set<String> required, Map<String, String> columnByProperty) {
        this.columns = columns;
        this.required = required;
        this.columnByProperty = columnByProperty;
    }

    public List<String> columns() {
        return columns;
    }

    public boolean isRequired(String column) {
        return required.contains(column);
    }

    /** The columns with fixed values, in column order. */
    public List<Choice> choices() {
        return this == CUSTOMERS ? CUSTOMER_CHOICES : List.of();
    }

    /** The file column a record property comes from. */
    String columnOf(String property) {
        return columnByProperty.getOrDefault(property, property);
    }
}
