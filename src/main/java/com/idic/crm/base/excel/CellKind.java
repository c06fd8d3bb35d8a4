package com.idic.crm.base.excel;

/**
 * What a column holds, which decides the cell type and number format it is written with, and its
 * typical width in characters when the header is shorter.
 */
public enum CellKind {
    /** a string cell; text a spreadsheet would read as a formula is quote-prefixed */
    TEXT("@", 14),
    /** a whole number */
    INTEGER("#,##0", 8),
    /** a plain decimal, two places */
    DECIMAL("#,##0.00", 10),
    /** an amount in CNY */
    MONEY("[$\u00a5-804]#,##0.00;-[$\u00a5-804]#,##0.00", 14),
    /** a share 0..1 shown as a percentage */
    PERCENT("0.0%", 8),
    DATE("yyyy-mm-dd", 11),
    DATE_TIME("yyyy-mm-dd hh:mm", 17);

    private final String format;
    private final int typicalWidth;

    CellKind(String format, int typicalWidth) {
        this.format = format;
        this.typicalWidth = typicalWidth;
    }

    String format() {
        return format;
    }

    int typicalWidth() {
        return typicalWidth;
    }
}
