package com.idic.crm.customer;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which fields of the {@link CustomerRecord}s in one bulk write carry data (an import file's
 * columns), and what an empty one means for a customer already stored: left as it is, or cleared
 * ({@code emptyClears}; never for a NOT NULL field). Fields not given are never touched on update.
 * A new customer gets every given value, and the default of each NOT NULL field left empty.
 */
public record CustomerFields(Set<CustomerField> given, boolean emptyClears) {

    /** Every field given and an empty one clears: the record is the whole truth (demo data). */
    public static final CustomerFields ALL = new CustomerFields(EnumSet.allOf(CustomerField.class), true);

    public CustomerFields {
        given = given.isEmpty() ? EnumSet.noneOf(CustomerField.class) : EnumSet.copyOf(given);
    }

    public boolean isGiven(CustomerField field) {
        return given.contains(field);
    }
}
