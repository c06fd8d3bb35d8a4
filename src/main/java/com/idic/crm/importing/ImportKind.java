package com.idic.crm.importing;

import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** The file column a record property comes from. */
    String columnOf(String property) {
        return columnByProperty.getOrDefault(property, property);
    }
}
