package com.idic.crm.base.excel;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * A sheet of key figures and small tables, written top to bottom, with native Excel charts of its
 * tables ({@link XlsxCharts}).
 */
public final class XlsxSummarySheet {

    private final XlsxWorkbook workbook;
    private final SXSSFSheet sheet;
    private int nextRow;

    XlsxSummarySheet(XlsxWorkbook workbook, SXSSFSheet sheet) {
        this.workbook = workbook;
        this.sheet = sheet;
    }

    public void title(String text) {
        Cell cell = sheet.createRow(nextRow++).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(workbook.titleStyle());
    }

    /** A bold line above a table. */
    public void heading(String text) {
        Cell cell = sheet.createRow(nextRow++).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(workbook.headingStyle());
    }

    public void blankRow() {
        nextRow++;
    }

    /** A label in the first column and a typed value in the second. */
    public void keyValue(String label, Object value, CellKind kind) {
        Row row = sheet.createRow(nextRow++);
        row.createCell(0).setCellValue(label);
        if (value != null) {
            XlsxSheet.Cells.put(workbook, row.createCell(1), kind, workbook.style(kind), value);
        }
    }

    /** A table with a bold header row; its values are kept (it is small) for charts drawn from it. */
    public <T> Table table(List<XlsxColumn<T>> columns, List<T> rows) {
        int headerRow = nextRow++;
        Row header = sheet.createRow(headerRow);
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(workbook.headerStyle());
            headers.add(columns.get(i).header());
        }
        // two lines: headers wrap within the widths set for the values below them
        header.setHeightInPoints(2 * sheet.getDefaultRowHeightInPoints());
        List<List<Object>> values = new ArrayList<>();
        for (T item : rows) {
            Row row = sheet.createRow(nextRow++);
            List<Object> line = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                XlsxColumn<T> column = columns.get(i);
                Object value = column.value().apply(item);
                line.add(value);
                if (value != null) {
                    XlsxSheet.Cells.put(workbook, row.createCell(i), column.kind(), workbook.style(column.kind()), value);
                }
            }
            values.add(line);
        }
        return new Table(this, headerRow, headers, values);
    }

    /** Column widths in characters, first column first. */
    public void columnWidths(int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }

    /** The next free row (charts are placed by row). */
    public int nextRow() {
        return nextRow;
    }

    /** Leaves {@code rows} empty rows, e.g. for a chart placed below a table. */
    public void skipRows(int rows) {
        nextRow += rows;
    }

    String name() {
        return sheet.getSheetName();
    }

    XlsxWorkbook workbook() {
        return workbook;
    }

    SXSSFSheet sheet() {
        return sheet;
    }

    /** Where a table sits and what it holds. */
    public record Table(XlsxSummarySheet sheet, int headerRow, List<String> headers, List<List<Object>> values) {

        int firstDataRow() {
            return headerRow + 1;
        }

        int lastDataRow() {
            return headerRow + values.size();
        }

        String reference(int column) {
            return new CellRangeAddress(firstDataRow(), lastDataRow(), column, column).formatAsString(sheet.name(), true);
        }
    }
}
