package com.idic.crm.customer;

import java.util.List;

/**
 * Told which stored customer fields an import changed, inside the import's transaction, so that
 * a feature keeping the customer's history records them atomically with the rows (an import that
 * rolls back leaves no history behind).
 */
public interface CustomerImportChanges {

    /**
     * @param source  what the user imported, e.g. the file name
     * @param changes one entry per changed field of an existing customer, or one entry with column
     *                {@code null} for a customer the import created
     */
    void imported(String source, List<ImportedField> changes);

    /**
     * Values as stored in the database column: choices as their constant names, dates ISO-8601,
     * {@code null} for empty.
     */
    record ImportedField(long customerId, String column, String oldValue, String newValue) {
    }
}
