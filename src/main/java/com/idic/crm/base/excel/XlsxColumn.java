package com.idic.crm.base.excel;

import java.util.function.Function;

/**
 * One column of a data sheet: its header (already in the user's language), what kind of value it
 * holds, its width in characters (0 = typical of the kind; never narrower than the header) and how a row gives its value.
 * A null value is an empty cell.
 */
public record XlsxColumn<T>(String header, CellKind kind, int width, Function<? super T, ?> value) {

    public static <T> XlsxColumn<T> of(String header, CellKind kind, Function<? super T, ?> value) {
        return new XlsxColumn<>(header, kind, 0, value);
    }

    public XlsxColumn<T> withWidth(int characters) {
        return new XlsxColumn<>(header, kind, characters, value);
    }

    /** Lines the header wraps into at the column's width: one unless it is longer than the widest column. */
    int headerLines() {
        int room = Math.max(1, widthInCharacters() - 1);
        return (int) Math.ceil(boldHeaderWidth() / room);
    }

    /** Never autoSizeColumn on a streamed sheet: it measures every row kept and is several times slower. */
    int widthInCharacters() {
        int typical = width > 0 ? width : kind.typicalWidth();
        return Math.min(60, Math.max((int) Math.ceil(boldHeaderWidth()) + 2, typical));
    }

    /** The header is bold, a little wider than the plain text it is counted in. */
    private double boldHeaderWidth() {
        return Texts.displayWidth(header) * 1.1;
    }
}
