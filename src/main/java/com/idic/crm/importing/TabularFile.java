package com.idic.crm.importing;

import java.io.IOException;
import java.util.List;

/** A CSV or XLSX file read row by row, streaming, without holding the file in memory. */
interface TabularFile {

    /** Calls {@code handler} for every non-empty row, the header included, in file order. */
    void read(RowHandler handler) throws IOException;

    @FunctionalInterface
    interface RowHandler {
        /** {@code rowNumber} is the row as the user sees it in the file: its line in a CSV, its row in Excel. */
        void row(long rowNumber, List<String> cells);
    }
}
