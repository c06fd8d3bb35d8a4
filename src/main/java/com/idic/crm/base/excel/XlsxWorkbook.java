package com.idic.crm.base.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A workbook written as a stream: rows leave memory once a window of them is full (POI's
 * {@link SXSSFWorkbook}), so a sheet of a million rows needs no more heap than one of a hundred.
 * Every cell is typed (numbers numeric, dates date cells, money and shares formatted), every data sheet
 * has a bold frozen header row, an autofilter and fixed column widths.
 * <p>
 * Close it in a try-with-resources: closing disposes of the temporary files the streamed rows wait in
 * ({@code close()} of POI's workbook alone would leave them behind). All POI writing code of the
 * application lives in this package.
 */
public final class XlsxWorkbook implements AutoCloseable {

    /** Rows kept in memory per sheet before they are flushed to the sheet's temporary file. */
    static final int ROW_WINDOW = 100;

    private final SXSSFWorkbook workbook;
    private final TempFileCreationStrategy tempFiles;
    private final ZoneId zone;
    private final CellStyle header;
    private final CellStyle heading;
    private final CellStyle title;
    private final CellStyle quotedText;
    private final Map<CellKind, CellStyle> styles = new EnumMap<>(CellKind.class);
    private boolean disposed;

    /** Temporary files in POI's usual folder ({@code java.io.tmpdir}/poifiles). */
    public XlsxWorkbook(ZoneId zone) {
        this(zone, null);
    }

    /** Temporary files in {@code tempDir} (tests and benchmarks count them there). */
    public XlsxWorkbook(ZoneId zone, Path tempDir) {
        this.zone = zone;
        this.tempFiles = tempDir == null ? new DefaultTempFileCreationStrategy() : new DefaultTempFileCreationStrategy(tempDir.toFile());
        this.workbook = new SXSSFWorkbook(null, ROW_WINDOW, false, false);
        DataFormat formats = workbook.createDataFormat();
        for (CellKind kind : CellKind.values()) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(formats.getFormat(kind.format()));
            style.setVerticalAlignment(VerticalAlignment.TOP);
            styles.put(kind, style);
        }
        quotedText = workbook.createCellStyle();
        quotedText.cloneStyleFrom(styles.get(CellKind.TEXT));
        quotedText.setQuotePrefixed(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        heading = workbook.createCellStyle();
        heading.setFont(bold);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        title = workbook.createCellStyle();
        title.setFont(big);
    }

    /** A sheet of one row per item under a bold frozen header with an autofilter. */
    public <T> XlsxSheet<T> dataSheet(String name, List<XlsxColumn<T>> columns) {
        return new XlsxSheet<>(this, createSheet(name), columns);
    }

    /** A sheet of small tables and key figures, with room for charts. */
    public XlsxSummarySheet summarySheet(String name) {
        return new XlsxSummarySheet(this, createSheet(name));
    }

    /**
     * The first sheet of a report: its title and what it was made from (parameters, generated at and by,
     * data as of), one label and value per line, labels already in the reader's language.
     */
    public void coverSheet(String name, String reportTitle, List<CoverLine> lines) {
        XlsxSummarySheet cover = summarySheet(name);
        cover.title(reportTitle);
        cover.blankRow();
        lines.forEach(line -> cover.keyValue(line.label(), line.value(), line.kind()));
        cover.columnWidths(28, 24);
    }

    /** Makes the named sheet the first one and the one the workbook opens at. */
    public void moveToFront(String name) {
        workbook.setSheetOrder(SheetNames.safe(name), 0);
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            workbook.getSheetAt(i).setSelected(i == 0);
        }
        workbook.setActiveSheet(0);
    }

    /** Writes the finished workbook as .xlsx to {@code out} (not closed). */
    public void write(OutputStream out) {
        try {
            TempFile.withStrategy(tempFiles, () -> {
                try {
                    workbook.write(out);
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } finally {
            dispose();
        }
    }

    /** Deletes the temporary files of the streamed rows; the workbook cannot be written after this. */
    @Override
    public void close() {
        try {
            dispose();
        } finally {
            try {
                workbook.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void dispose() {
        if (!disposed) {
            disposed = true;
            workbook.dispose();
        }
    }

    private SXSSFSheet createSheet(String name) {
        // each streamed sheet opens its temporary file when it is created
        SXSSFSheet sheet = TempFile.withStrategy(tempFiles, () -> workbook.createSheet(SheetNames.safe(name)));
        // printed or turned into PDF: landscape, as wide as one page, as long as it takes
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        return sheet;
    }

    XSSFSheet xssfSheet(SXSSFSheet sheet) {
        return workbook.getXSSFWorkbook().getSheet(sheet.getSheetName());
    }

    CellStyle style(CellKind kind) {
        return styles.get(kind);
    }

    CellStyle quotedText() {
        return quotedText;
    }

    CellStyle headerStyle() {
        return header;
    }

    CellStyle headingStyle() {
        return heading;
    }

    CellStyle titleStyle() {
        return title;
    }

    ZoneId zone() {
        return zone;
    }

    /** Where POI puts temporary files when no folder is given. */
    public static Path defaultTempDir() {
        return Path.of(System.getProperty(TempFile.JAVA_IO_TMPDIR), DefaultTempFileCreationStrategy.POIFILES);
    }
}
