package com.idic.crm.base.excel;

/** Text as a cell holds it. */
final class Texts {

    /** The most characters a cell holds (Excel's limit; POI refuses more). */
    static final int MAX_CELL_TEXT = 32_767;

    private Texts() {
    }

    /**
     * Whether Excel or LibreOffice would take the text for a formula (or a DDE command) when the cell is
     * edited or the file is saved as CSV: such text is written with a quote prefix, as a plain string.
     */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    static String fitted(String text) {
        return text.length() <= MAX_CELL_TEXT ? text : text.substring(0, MAX_CELL_TEXT - 1) + "\u2026";
    }

    /** Columns the text takes: CJK characters are about twice as wide as Latin ones. */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) >= 0x2E80 ? 2 : 1;
        }
        return width;
    }
}
