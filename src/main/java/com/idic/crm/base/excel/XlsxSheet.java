package com.idic.crm.base.excel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;

/**
 * A data sheet: a bold frozen header row, then one row per item, each cell typed by its column.
 * {@link #finish()} sets the autofilter over all rows written.
 */
public final class XlsxSheet<T> {

    /** Rows read per chunk: big enough that a round trip is cheap per row, small enough to hold. */
    public static final int CHUNK = 5_000;

    private final XlsxWorkbook workbook;
    private final SXSSFSheet sheet;
    private final List<XlsxColumn<T>> columns;
    private final CellStyle[] styles;
    private int nextRow = 1;

    XlsxSheet(XlsxWorkbook workbook, SXSSFSheet sheet, List<XlsxColumn<T>> columns) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.columns = List.copyOf(columns);
        this.styles = new CellStyle[columns.size()];
        Row header = sheet.createRow(0);
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            XlsxColumn<T> column = columns.get(i);
            styles[i] = workbook.style(column.kind());
            Cell cell = header.createCell(i);
            cell.setCellValue(column.header());
            cell.setCellStyle(workbook.headerStyle());
            sheet.setColumnWidth(i, column.widthInCharacters() * 256);
            lines = Math.max(lines, column.headerLines());
        }
        header.setHeightInPoints(Math.max(1, lines) * sheet.getDefaultRowHeightInPoints());
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, columns.size() - 1));
    }

    /** Writes one item as the next row. */
    public void write(T item) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < styles.length; i++) {
            Object value = columns.get(i).value().apply(item);
            if (value != null) {
                Cells.put(workbook, row.createCell(i), columns.get(i).kind(), styles[i], value);
            }
        }
    }

    /**
     * Writes every row of the source, read chunk by chunk, telling {@code progress} after each chunk;
     * stops with a {@link CancellationException} when the thread is interrupted. Returns the rows written.
     * The next chunk is read while the current one is written (the database and POI each keep a processor
     * busy), on a reader thread that acts with the caller's security context.
     */
    public long writeAll(ChunkSource<T> source, WriteProgress progress) {
        ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "xlsx-chunk-reader");
            thread.setDaemon(true);
            return thread;
        });
        Executor withCaller = new DelegatingSecurityContextExecutor(reader);
        try {
            long written = 0;
            List<T> chunk = source.after(null, CHUNK);
            while (true) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("Interrupted after " + written + " rows");
                }
                T last = chunk.isEmpty() ? null : chunk.get(chunk.size() - 1);
                CompletableFuture<List<T>> next = chunk.size() < CHUNK ? null
                        : CompletableFuture.supplyAsync(() -> source.after(last, CHUNK), withCaller);
                for (T item : chunk) {
                    write(item);
                }
                written += chunk.size();
                progress.rowsWritten(written);
                if (next == null) {
                    return written;
                }
                chunk = next.join();
            }
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        } finally {
            reader.shutdownNow();
        }
    }

    /** Rows written so far, header excluded. */
    public int rows() {
        return nextRow - 1;
    }

    /** The autofilter over the header and every row written. */
    public void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns.size() - 1));
    }

    /** Typed cell values: the one place that decides how a Java value becomes a cell. */
    static final class Cells {

        private Cells() {
        }

        static void put(XlsxWorkbook workbook, Cell cell, CellKind kind, CellStyle style, Object value) {
            switch (kind) {
                case TEXT -> text(workbook, cell, style, value);
                case INTEGER, DECIMAL, MONEY, PERCENT -> {
                    if (value instanceof Number number) {
                        cell.setCellValue(number instanceof BigDecimal decimal ? decimal.doubleValue() : number.doubleValue());
                        cell.setCellStyle(style);
                    } else {
                        text(workbook, cell, workbook.style(CellKind.TEXT), value);
                    }
                }
                case DATE, DATE_TIME -> {
                    if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                    } else if (value instanceof LocalDateTime dateTime) {
                        cell.setCellValue(dateTime);
                    } else if (value instanceof Instant instant) {
                        cell.setCellValue(LocalDateTime.ofInstant(instant, workbook.zone()));
                    } else {
                        text(workbook, cell, workbook.style(CellKind.TEXT), value);
                        return;
                    }
                    cell.setCellStyle(style);
                }
            }
        }

        private static void text(XlsxWorkbook workbook, Cell cell, CellStyle style, Object value) {
            String text = Texts.fitted(value.toString());
            cell.setCellValue(text);
            cell.setCellStyle(Texts.looksLikeFormula(text) ? workbook.quotedText() : style);
        }
    }
}
