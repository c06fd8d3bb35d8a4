package com.idic.crm.importing;

import com.idic.crm.order.OrderRecord;
import jakarta.validation.Validator;

/**
 * Reads an orders row into an {@link OrderRecord}, checking it as the order entity would.
 * The customer is still named by external id here; its database id is filled in later.
 */
final class OrderRows {

    static final long UNRESOLVED_CUSTOMER = 0;

    private final Validator validator;

    /** {@code validator} null: parse only, for a file whose rows were already checked. */
    OrderRows(Validator validator) {
        this.validator = validator;
    }

    /** The record (customer unresolved), or null when the row has problems (all reported to {@code cells}). */
    OrderRecord read(RowCells cells) {
        OrderRecord record = new OrderRecord(
                cells.text("external_id"),
                UNRESOLVED_CUSTOMER,
                cells.date("order_date"),
                cells.decimal("amount"),
                cells.decimal("cost"),
                cells.text("category"),
                cells.text("channel"),
                cells.decimal("paid_amount"),
                cells.date("paid_date"));
        cells.text("customer_external_id");
        if (validator != null) {
            cells.report(validator.validate(record));
        }
        if (record.paidDate() != null && record.paidAmount() == null) {
            cells.report("paid_amount", "import.reason.paidDateWithoutAmount");
        }
        return cells.hasProblems() ? null : record;
    }

    static String customerExternalId(ImportHeader header, java.util.List<String> cells) {
        return header.value(cells, "customer_external_id");
    }
}
