package com.idic.crm.base.excel;

/** One line of a cover sheet: a label in the reader's language and a typed value. */
public record CoverLine(String label, Object value, CellKind kind) {

    public static CoverLine text(String label, String value) {
        return new CoverLine(label, value, CellKind.TEXT);
    }
}
