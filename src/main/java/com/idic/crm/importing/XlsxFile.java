package com.idic.crm.importing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an .xlsx workbook, read with POI's streaming SAX reader so a large
 * file never becomes a workbook in memory. POI's zip-bomb protection stays at its defaults and a
 * file it refuses is reported as such; the shared-strings table is capped ({@link XlsxStrings}).
 * Date cells come out as ISO dates and numbers in plain decimal notation, whatever the cell
 * format, so the same rules as for CSV apply.
 */
final class XlsxFile implements TabularFile {

    private final Path file;
    private final long maxSharedCharacters;

    XlsxFile(Path file, long maxSharedCharacters) {
        this.file = file;
        this.maxSharedCharacters = maxSharedCharacters;
    }

    /** The workbook is not a readable .xlsx (corrupt, another format, or refused as a zip bomb). */
    static final class UnreadableWorkbookException extends IOException {
        UnreadableWorkbookException(Throwable cause) {
            super("Not a readable .xlsx workbook: " + cause.getMessage(), cause);
        }
    }

    @Override
    public void read(RowHandler handler) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            XlsxStrings strings = XlsxStrings.read(workbook, maxSharedCharacters);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                        new Rows(handler), new IsoFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (HandlerFailure e) {
            throw e.getCause();
        } catch (XlsxStrings.TooMuchTextException e) {
            throw new ImportRejectedException("import.error.xlsxText", maxSharedCharacters / 1_000_000);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | IOException | RuntimeException e) {
            if (isZipBomb(e)) {
                throw new ImportRejectedException("import.error.zipBomb");
            }
            throw new UnreadableWorkbookException(e);
        }
    }

    /** POI refused to inflate an entry: it would grow far beyond its compressed size (or any sane size). */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().startsWith("Zip bomb detected")) {
                return true;
            }
        }
        return false;
    }

    /** Carries the row handler's own failure past POI, so it is not mistaken for an unreadable file. */
    private static final class HandlerFailure extends RuntimeException {
        HandlerFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();

        Rows(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (!cells.isEmpty()) {
                try {
                    handler.row(rowNum + 1L, new ArrayList<>(cells));
                } catch (RuntimeException e) {
                    throw new HandlerFailure(e);
                }
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /** Dates as yyyy-MM-dd and numbers without grouping or rounding, so parsing them is unambiguous. */
    private static final class IsoFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate date = DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate();
                return date.toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
