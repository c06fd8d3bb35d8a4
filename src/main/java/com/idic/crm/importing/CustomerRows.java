package com.idic.crm.importing;

import java.time.LocalDate;

import com.idic.crm.customer.CustomerRecord;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.Gender;
import com.idic.crm.customer.InformationSource;
import com.idic.crm.customer.RelationshipType;
import jakarta.validation.Validator;

/** Reads a customers row into a {@link CustomerRecord}, checking it as the customer entity would. */
final class CustomerRows {

    private final Validator validator;
    private final LocalDate today;

    /** {@code validator} null: parse only, for a file whose rows were already checked. */
    CustomerRows(Validator validator, LocalDate today) {
        this.validator = validator;
        this.today = today;
    }

    /** The record, or null when the row has problems (all of them reported to {@code cells}). */
    CustomerRecord read(RowCells cells) {
        CustomerRecord record = new CustomerRecord(
                cells.text("external_id"),
                cells.choice("type", CustomerType.class),
                cells.text("name"),
                cells.choice("gender", Gender.class),
                cells.notAfter("birth_date", today),
                cells.notAfter("founding_date", today),
                cells.text("industry"),
                cells.text("phone"),
                cells.text("email"),
                cells.text("region"),
                cells.choice("relationship_type", RelationshipType.class),
                cells.choice("source", InformationSource.class),
                null,
                cells.notAfter("created_at", today),
                null);
        if (validator != null) {
            cells.report(validator.validate(record));
        }
        return cells.hasProblems() ? null : record;
    }
}
