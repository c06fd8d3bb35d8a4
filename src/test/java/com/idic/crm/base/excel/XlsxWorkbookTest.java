package com.idic.crm.base.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxWorkbookTest {

    record Line(String name, Integer count, BigDecimal amount, BigDecimal share, LocalDate day, LocalDateTime at) {
    }

    static final List<XlsxColumn<Line>> COLUMNS = List.of(
            XlsxColumn.of("Name", CellKind.TEXT, Line::name),
            XlsxColumn.of("Count", CellKind.INTEGER, Line::count),
            XlsxColumn.of("Amount", CellKind.MONEY, Line::amount),
            XlsxColumn.of("Share", CellKind.PERCENT, Line::share),
            XlsxColumn.of("Day", CellKind.DATE, Line::day),
            XlsxColumn.of("Changed at", CellKind.DATE_TIME, Line::at));

    @TempDir
    Path temp;

    @Test
    void cellsAreTypedAndFormattedUnderABoldFrozenFilteredHeader() throws IOException {
        XSSFWorkbook read = written(workbook -> {
            XlsxSheet<Line> sheet = workbook.dataSheet("Lines", COLUMNS);
            sheet.write(new Line("Wang Fang", 1234, new BigDecimal("98765.43"), new BigDecimal("0.125"),
                    LocalDate.of(2025, 6, 15), LocalDateTime.of(2025, 6, 15, 9, 30)));
            sheet.write(new Line("Li Lei", null, null, null, null, null));
            sheet.finish();
        });
        XSSFSheet sheet = read.getSheet("Lines");
        Row header = sheet.getRow(0);
        assertThat(IntStream.range(0, 6).mapToObj(i -> header.getCell(i).getStringCellValue()))
                .containsExactly("Name", "Count", "Amount", "Share", "Day", "Changed at");
        assertThat(read.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F3");
        assertThat(sheet.getColumnWidth(0)).isEqualTo(14 * 256);

        Row row = sheet.getRow(1);
        assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
        assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(1234.0);
        assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(98765.43);
        assertThat(row.getCell(2).getCellStyle().getDataFormatString()).contains("#,##0.00").contains("\u00a5");
        assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(0.125);
        assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(DateUtil.isCellDateFormatted(row.getCell(4))).isTrue();
        assertThat(row.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 6, 15));
        assertThat(DateUtil.isCellDateFormatted(row.getCell(5))).isTrue();
        assertThat(row.getCell(5).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2025, 6, 15, 9, 30));
        // an unknown value is an empty cell, not a zero
        assertThat(Stream.of(1, 2, 3, 4, 5).map(i -> sheet.getRow(2).getCell(i))).containsOnlyNulls();
    }

    @Test
    void aLongHeaderGetsAColumnWideEnoughForOneLineAndNoEmptySecondLine() throws IOException {
        String header = "Resolution minutes past the due time";
        XSSFWorkbook read = written(workbook -> {
            XlsxSheet<Line> sheet = workbook.dataSheet("Lines", List.of(XlsxColumn.of(header, CellKind.INTEGER, Line::count)));
            sheet.finish();
        });
        XSSFSheet sheet = read.getSheet("Lines");
        assertThat(sheet.getColumnWidth(0) / 256).isGreaterThanOrEqualTo((int) Math.ceil(header.length() * 1.1));
        assertThat(sheet.getRow(0).getHeightInPoints()).isEqualTo(sheet.getDefaultRowHeightInPoints());
    }

    @Test
    void textThatLooksLikeAFormulaIsAQuotePrefixedStringWithTheExactText() throws IOException {
        List<String> texts = List.of("=1+1", "=HYPERLINK(\"http://x\",\"y\")", "+86 139 0000 0000", "-5", "@SUM(A1:A2)",
                "\tTabbed", "\rReturned", "plain");
        XSSFWorkbook read = written(workbook -> {
            XlsxSheet<String> sheet = workbook.dataSheet("Texts", List.of(XlsxColumn.of("Text", CellKind.TEXT, t -> t)));
            texts.forEach(sheet::write);
            sheet.finish();
        });
        XSSFSheet sheet = read.getSheet("Texts");
        for (int i = 0; i < texts.size(); i++) {
            XSSFCell cell = sheet.getRow(i + 1).getCell(0);
            assertThat(cell.getCellType()).as(texts.get(i)).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(texts.get(i));
            assertThat(cell.getCellStyle().getQuotePrefixed()).as(texts.get(i)).isEqualTo(!texts.get(i).equals("plain"));
        }
    }

    @Test
    void aNumberColumnGivenTextWritesTextRatherThanFailing() throws IOException {
        XSSFWorkbook read = written(workbook -> workbook.dataSheet("Odd",
                List.<XlsxColumn<String>>of(XlsxColumn.of("N", CellKind.INTEGER, t -> t))).write("=cmd"));
        Cell cell = read.getSheet("Odd").getRow(1).getCell(0);
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo("=cmd");
        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
    }

    @Test
    void rowsAreReadChunkByChunkAfterTheLastRowOfThePreviousChunk() throws IOException {
        int total = XlsxSheet.CHUNK * 2 + 7;
        List<Integer> askedAfter = new ArrayList<>();
        List<Long> progress = new ArrayList<>();
        XSSFWorkbook read = written(workbook -> {
            XlsxSheet<Integer> sheet = workbook.dataSheet("Numbers", List.of(XlsxColumn.of("N", CellKind.INTEGER, n -> n)));
            long written = sheet.writeAll((last, limit) -> {
                askedAfter.add(last);
                int from = last == null ? 1 : last + 1;
                return IntStream.rangeClosed(from, Math.min(total, from + limit - 1)).boxed().toList();
            }, progress::add);
            assertThat(written).isEqualTo(total);
            sheet.finish();
        });
        assertThat(askedAfter).containsExactly(null, XlsxSheet.CHUNK, XlsxSheet.CHUNK * 2);
        assertThat(progress).containsExactly((long) XlsxSheet.CHUNK, XlsxSheet.CHUNK * 2L, (long) total);
        XSSFSheet sheet = read.getSheet("Numbers");
        assertThat(sheet.getLastRowNum()).isEqualTo(total);
        assertThat(sheet.getRow(total).getCell(0).getNumericCellValue()).isEqualTo(total);
    }

    @Test
    void streamedRowsWaitInTemporaryFilesThatAreGoneAfterwardsWrittenOrNot() throws IOException {
        Path tempDir = Files.createDirectories(temp.resolve("poi"));
        List<Long> filesWhileWriting = new ArrayList<>();
        try (XlsxWorkbook workbook = new XlsxWorkbook(ZoneOffset.UTC, tempDir)) {
            XlsxSheet<Integer> sheet = workbook.dataSheet("Numbers", List.of(XlsxColumn.of("N", CellKind.INTEGER, n -> n)));
            for (int i = 0; i < XlsxWorkbook.ROW_WINDOW * 3; i++) {
                sheet.write(i);
            }
            filesWhileWriting.add(fileCount(tempDir));
            sheet.finish();
            workbook.write(new ByteArrayOutputStream());
        }
        assertThat(filesWhileWriting).containsExactly(1L);
        assertThat(fileCount(tempDir)).isZero();

        try (XlsxWorkbook abandoned = new XlsxWorkbook(ZoneOffset.UTC, tempDir)) {
            XlsxSheet<Integer> sheet = abandoned.dataSheet("Numbers", List.of(XlsxColumn.of("N", CellKind.INTEGER, n -> n)));
            IntStream.range(0, XlsxWorkbook.ROW_WINDOW * 3).forEach(sheet::write);
            assertThat(fileCount(tempDir)).isEqualTo(1L);
        }
        assertThat(fileCount(tempDir)).as("a report that failed half-way leaves nothing behind").isZero();
    }

    @Test
    void theCoverSheetNamesTheReportAndWhatItWasMadeFrom() throws IOException {
        XSSFWorkbook read = written(workbook -> workbook.coverSheet("Report", "Customer segmentation", List.of(
                CoverLine.text("Region", "上海"),
                new CoverLine("Generated at", LocalDateTime.of(2026, 12, 5, 12, 0), CellKind.DATE_TIME),
                CoverLine.text("Generated by", "manager"),
                new CoverLine("Data as of", LocalDate.of(2025, 6, 15), CellKind.DATE))));
        XSSFSheet cover = read.getSheetAt(0);
        assertThat(cover.getSheetName()).isEqualTo("Report");
        assertThat(cover.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Customer segmentation");
        assertThat(cover.getRow(2).getCell(1).getStringCellValue()).isEqualTo("上海");
        assertThat(cover.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Generated at");
        assertThat(cover.getRow(3).getCell(1).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 12, 5, 12, 0));
        assertThat(DateUtil.isCellDateFormatted(cover.getRow(5).getCell(1))).isTrue();
    }

    @Test
    void aSummaryTableCarriesANativeBarChartOfItsCells() throws IOException {
        record Tier(String name, long customers) {
        }
        XSSFWorkbook read = written(workbook -> {
            XlsxSummarySheet sheet = workbook.summarySheet("Pyramid & more");
            XlsxSummarySheet.Table table = sheet.table(List.of(XlsxColumn.of("Tier", CellKind.TEXT, Tier::name),
                            XlsxColumn.of("Customers", CellKind.INTEGER, Tier::customers)),
                    List.of(new Tier("Platinum", 2), new Tier("Gold", 6), new Tier("Iron", 22), new Tier("Lead", 120)));
            XlsxCharts.bars(table, "Customers per tier", 0, List.of(1), false, new XlsxCharts.Placement(3, 0, 8, 15));
        });
        XSSFSheet sheet = read.getSheet("Pyramid & more");
        assertThat(sheet.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(120.0);
        var charts = sheet.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        var series = charts.get(0).getChartSeries().get(0).getSeries(0);
        assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("'Pyramid & more'!$A$2:$A$5");
        assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("'Pyramid & more'!$B$2:$B$5");
        assertThat(series.getValuesData().getPointAt(3)).isEqualTo(120.0);
    }

    @Test
    void aWorkbookIsWrittenOnce() {
        XlsxWorkbook workbook = new XlsxWorkbook(ZoneOffset.UTC, temp);
        workbook.dataSheet("A", COLUMNS).finish();
        workbook.write(new ByteArrayOutputStream());
        workbook.close();
        assertThatThrownBy(() -> workbook.write(new ByteArrayOutputStream())).isInstanceOf(RuntimeException.class);
    }

    private XSSFWorkbook written(java.util.function.Consumer<XlsxWorkbook> content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxWorkbook workbook = new XlsxWorkbook(ZoneOffset.UTC, temp)) {
            content.accept(workbook);
            workbook.write(bytes);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static long fileCount(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
