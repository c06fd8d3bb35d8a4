package com.idic.crm.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.importing.ImportService;
import com.idic.crm.segmentation.RunProgress;
import com.idic.crm.segmentation.RunStatus;
import com.idic.crm.segmentation.SegmentationRun;
import com.idic.crm.segmentation.SegmentationService;
import com.idic.crm.segmentation.Tier;
import com.idic.crm.segmentation.WorkedExample;
import com.idic.crm.support.TestDatabase;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The segmentation workbook of the worked example (DOMAIN.md section 6: 150 customers at 2025-06-15), read
 * back with POI: every row of "Customers" against the example's expected results, one row against a
 * computation by hand, cell types, and the summary sheets' counts.
 */
@SpringBootTest(properties = TestDatabase.OWN_DATABASE + "=reportworkedexample")
@ActiveProfiles("test")
@WithMockUser(username = "anna", roles = "MANAGER")
class SegmentationReportTest {

    static final List<String> HEADER = List.of("External ID", "Name", "Type", "Region", "R", "F", "M", "RFM", "Tier",
            "ABC", "Profit 12m", "Profit prev 12m", "CLV history", "CLV future", "CLV total", "Quadrant", "Credit rating",
            "Lifecycle stage");

    @Autowired
    ImportService imports;
    @Autowired
    SegmentationService segmentation;
    @Autowired
    SegmentationReport report;
    @Autowired
    CrmI18NProvider i18n;

    @TempDir
    Path dir;
    SegmentationRun run;

    @BeforeEach
    void scoreTheWorkedExample() {
        WorkedExample.importInto(imports, dir);
        run = segmentation.runNow(WorkedExample.ANALYSIS_DATE, RunProgress.NONE);
        assertThat(run.status()).as(String.valueOf(run.failure())).isEqualTo(RunStatus.SUCCEEDED);
    }

    @Test
    void theCustomersSheetHoldsEveryCustomerWithTheExampleResultsAsTypedCells() throws IOException {
        XSSFWorkbook workbook = generate(new SegmentationReportParameters(run.id(), null, null), Locale.ENGLISH);

        assertThat(sheetNames(workbook)).containsExactly("Report", "Customers", "Pyramid", "Value matrix", "RFM", "Churn & CLV");
        XSSFSheet customers = workbook.getSheet("Customers");
        assertThat(texts(customers.getRow(0))).containsExactlyElementsOf(HEADER);
        assertThat(customers.getLastRowNum()).isEqualTo(150);

        Map<String, Row> byExternalId = new HashMap<>();
        IntStream.rangeClosed(1, 150).mapToObj(customers::getRow).forEach(row -> byExternalId.put(row.getCell(0).getStringCellValue(), row));
        List<String> differences = new ArrayList<>();
        for (Map<String, String> expected : WorkedExample.rows("expected.csv")) {
            Row row = byExternalId.get(expected.get("External ID"));
            for (String column : expected.keySet()) {
                String got = asExampleWritesIt(row.getCell(HEADER.indexOf(column)));
                if (!got.equals(expected.get(column))) {
                    differences.add(expected.get("External ID") + " " + column + ": expected '" + expected.get(column) + "' but was '" + got + "'");
                }
            }
        }
        assertThat(differences).isEmpty();

        // pyramid order: rank 1 first, customers without orders last
        assertThat(customers.getRow(1).getCell(8).getStringCellValue()).isEqualTo("Platinum");
        assertThat(customers.getRow(150).getCell(4)).isNull();
        assertThat(customers.getRow(150).getCell(17).getStringCellValue()).isEqualTo("Potential");
    }

    /**
     * P0039 by hand, A = 2025-06-15. Orders: 2024-12-25 375.29 (cost 210.16), 2024-09-13 515.47 (493.82),
     * 2024-05-27 273.40 (142.17). Last order after A - 6 months (2024-12-15), not after A - 3 months: R = 3.
     * All three in the 24-month window: F = 3 orders -> 2; M = 1,164.16 -> 3. P = 165.13 + 21.65 = 186.78
     * (orders after 2024-06-15); Pp = 131.23. History = 318.01. Growth g = (P - Pp) / Pp, so m = P (1 + g)
     * = P^2 / Pp = 265.8444; s = 0.75 (R3), i = 0.10: future = m * sum over t = 1..5 of (0.75 / 1.1)^t
     * = 265.8444 * 1.827113 = 485.73; total 803.74. Stage: first order before A - 6 months, last after it,
     * P > 1.1 Pp: Growth. An individual has no credit rating. (Tier, ABC and quadrant depend on every
     * customer's rank: Lead, C, Abandon as the example lists them.)
     */
    @Test
    void aRowComputedByHandFromTheDefinitions() throws IOException {
        BigDecimal m = new BigDecimal("186.78").pow(2).divide(new BigDecimal("131.23"), 10, RoundingMode.HALF_UP);
        BigDecimal factor = BigDecimal.ZERO;
        for (int t = 1; t <= 5; t++) {
            factor = factor.add(new BigDecimal("0.75").pow(t).divide(new BigDecimal("1.1").pow(t), 12, RoundingMode.HALF_UP));
        }
        assertThat(m.multiply(factor).setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("485.73");

        XSSFSheet customers = generate(new SegmentationReportParameters(run.id(), null, null), Locale.ENGLISH).getSheet("Customers");
        Row row = IntStream.rangeClosed(1, 150).mapToObj(customers::getRow)
                .filter(r -> r.getCell(0).getStringCellValue().equals("P0039")).findFirst().orElseThrow();
        assertThat(texts(row).subList(0, 4)).containsExactly("P0039", "Example 0039", "Individual", "West");
        assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(List.of(row.getCell(4).getNumericCellValue(), row.getCell(5).getNumericCellValue(),
                row.getCell(6).getNumericCellValue())).containsExactly(3.0, 2.0, 3.0);
        assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.STRING);
        assertThat(row.getCell(7).getStringCellValue()).isEqualTo("323");
        assertThat(Stream.of(10, 11, 12, 13, 14).map(i -> row.getCell(i).getNumericCellValue()))
                .containsExactly(186.78, 131.23, 318.01, 485.73, 803.74);
        assertThat(row.getCell(14).getCellStyle().getDataFormatString()).contains("#,##0.00");
        assertThat(List.of(row.getCell(8).getStringCellValue(), row.getCell(9).getStringCellValue(),
                row.getCell(15).getStringCellValue(), row.getCell(17).getStringCellValue()))
                .containsExactly("Lead", "C", "Abandon", "Growth");
        assertThat(row.getCell(16)).as("no credit rating for an individual: an empty cell").isNull();
    }

    @Test
    void theSummarySheetsCountTheSameCustomers() throws IOException {
        XSSFWorkbook workbook = generate(new SegmentationReportParameters(run.id(), null, null), Locale.ENGLISH);
        // 143 customers with orders: Platinum ceil(1.43) = 2, Gold up to ceil(7.15) = 8, Iron up to ceil(28.6) = 29
        Sheet pyramid = workbook.getSheet("Pyramid");
        assertThat(texts(pyramid.getRow(1)).get(0)).isEqualTo("Tier");
        assertThat(IntStream.rangeClosed(2, 5).mapToObj(i -> pyramid.getRow(i).getCell(1).getNumericCellValue()))
                .containsExactly(2.0, 6.0, 21.0, 114.0);
        assertThat(pyramid.getRow(2).getCell(7).getNumericCellValue()).isEqualTo(0.01);
        assertThat(pyramid.getRow(7).getCell(1).getNumericCellValue()).as("not scored").isEqualTo(7.0);
        assertThat(((XSSFSheet) pyramid).getDrawingPatriarch().getCharts()).hasSize(1);

        Sheet rfm = workbook.getSheet("RFM");
        double grid = IntStream.rangeClosed(2, 6).mapToDouble(i -> rfm.getRow(i).getCell(6).getNumericCellValue()).sum();
        assertThat(grid).isEqualTo(143.0);

        Sheet matrix = workbook.getSheet("Value matrix");
        double quadrants = Stream.of(3, 4).mapToDouble(i -> matrix.getRow(i).getCell(1).getNumericCellValue()
                + matrix.getRow(i).getCell(2).getNumericCellValue()).sum();
        assertThat(quadrants).isEqualTo(143.0);

        Sheet churn = workbook.getSheet("Churn & CLV");
        Cell rate = churn.getRow(5).getCell(1);
        assertThat(churn.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Churn rate");
        assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(((XSSFSheet) churn).getDrawingPatriarch().getCharts()).as("lifecycle funnel").hasSize(1);

        Sheet cover = workbook.getSheet("Report");
        assertThat(cover.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Customer segmentation");
        assertThat(DateUtil.isCellDateFormatted(cover.getRow(3).getCell(1))).isTrue();
        assertThat(cover.getRow(3).getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(WorkedExample.ANALYSIS_DATE);
        assertThat(cover.getRow(8).getCell(1).getStringCellValue()).isEqualTo("anna");
    }

    @Test
    void regionAndTierNarrowTheRowsAndTheLanguageIsTheUsers() throws IOException {
        XSSFWorkbook workbook = generate(new SegmentationReportParameters(run.id(), "West", Tier.LEAD), Locale.SIMPLIFIED_CHINESE);
        XSSFSheet customers = workbook.getSheet("客户");
        assertThat(customers.getRow(0).getCell(0).getStringCellValue()).isEqualTo("外部编号");
        long expected = WorkedExample.rows("customers.csv").stream()
                .filter(c -> c.get("region").equals("West"))
                .filter(c -> WorkedExample.rows("expected.csv").stream()
                        .anyMatch(e -> e.get("External ID").equals(c.get("external_id")) && e.get("Tier").equals("Lead")))
                .count();
        assertThat(expected).isPositive();
        assertThat(customers.getLastRowNum()).isEqualTo((int) expected);
        IntStream.rangeClosed(1, (int) expected).mapToObj(customers::getRow).forEach(row -> {
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("West");
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("重铅层");
        });
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws IOException {
        Path temp = Files.createDirectories(dir.resolve("poi"));
        report.write(new SegmentationReportParameters(run.id(), null, null), new ReportLabels(i18n, Locale.ENGLISH), "anna",
                ReportProgress.NONE, new ByteArrayOutputStream(), temp);
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).isEmpty();
        }
    }

    private XSSFWorkbook generate(SegmentationReportParameters parameters, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Double> progress = new ArrayList<>();
        report.write(parameters, new ReportLabels(i18n, locale), "anna", progress::add, out, dir);
        assertThat(progress).last().isEqualTo(1.0);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        return IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : cell.toString()));
        return texts;
    }

    /** "4", "6713.03", "Platinum", "" - the way expected.csv writes a value. */
    private static String asExampleWritesIt(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.STRING) {
            return cell.getStringCellValue();
        }
        double value = cell.getNumericCellValue();
        return cell.getCellStyle().getDataFormatString().contains("0.00")
                ? BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString()
                : String.valueOf((long) value);
    }
}
