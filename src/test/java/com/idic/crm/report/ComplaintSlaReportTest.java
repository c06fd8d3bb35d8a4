package com.idic.crm.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.complaint.ComplaintChannel;
import com.idic.crm.complaint.ComplaintPriority;
import com.idic.crm.complaint.ComplaintQueries;
import com.idic.crm.complaint.ComplaintService;
import com.idic.crm.complaint.NewComplaint;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.security.AppRoles;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * "Complaints & SLA" on five complaints of a month pair long past (March and April of 2018 or 2019, which no
 * other test touches), their times and verdicts set by hand, read back with POI.
 */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "anna", roles = AppRoles.MANAGER)
class ComplaintSlaReportTest {

    @Autowired ComplaintSlaReport report;
    @Autowired ComplaintService complaints;
    @Autowired ComplaintQueries queries;
    @Autowired CustomerService customers;
    @Autowired JdbcClient jdbc;
    @Autowired CrmI18NProvider i18n;
    @Autowired Clock clock;

    @TempDir
    Path dir;

    final String tag = "Cs" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    long gold;
    long other;
    long closed;
    long lateResponse;
    long lateResolution;
    long overdue;
    long invalid;
    int year;

    /** Each test its own year: the database is shared by the whole test run. */
    void fiveComplaints(int year) {
        this.year = year;
        gold = customers.create(new NewCustomer(tag + " Gold Ltd", CustomerType.ORGANIZATION));
        other = customers.create(new NewCustomer(tag + " Other", CustomerType.INDIVIDUAL));
        long category = queries.categories().get(0).id();
        // March: one within both targets (an hour's wait on the customer), one answered late
        closed = complaint(gold, ComplaintChannel.PHONE, ComplaintPriority.HIGH);
        set(closed, "CLOSED", at(year, 3, 4, 9, 0), 30, "MET", 2 * 24 * 60, "MET", category, 5, "GOLD");
        jdbc.sql("UPDATE complaint SET remedy_type = 'REFUND', remedy_amount = 88.50 WHERE id = ?").param(closed).update();
        jdbc.sql("INSERT INTO complaint_sla_pause (complaint_id, started_at, ended_at) VALUES (?, ?, ?)")
                .params(closed, utc(at(year, 3, 5, 10, 0)), utc(at(year, 3, 5, 11, 0))).update();
        lateResponse = complaint(gold, ComplaintChannel.EMAIL, ComplaintPriority.NORMAL);
        set(lateResponse, "RESOLVED", at(year, 3, 20, 10, 0), 600, "BREACHED", 24 * 60, "MET", category, 2, "GOLD");
        // April: one resolved late, one open and overdue, one dismissed as invalid
        lateResolution = complaint(other, ComplaintChannel.WEB, ComplaintPriority.LOW);
        set(lateResolution, "RESOLVED", at(year, 4, 2, 8, 0), 60, "MET", 10 * 24 * 60, "BREACHED", null, null, null);
        overdue = complaint(other, ComplaintChannel.PHONE, ComplaintPriority.URGENT);
        set(overdue, "VALID", at(year, 4, 15, 12, 0), 15, "MET", null, "ONGOING", category, null, null);
        invalid = complaint(gold, ComplaintChannel.PHONE, ComplaintPriority.NORMAL);
        set(invalid, "INVALID", at(year, 4, 20, 9, 0), 20, "MET", 60, "MET", category, null, "GOLD");
    }

    @Test
    void everyComplaintOfThePeriodWithItsSlaFiguresAndTheSummaries() throws IOException {
        fiveComplaints(2019);
        XlsxRead read = write(new ComplaintReportParameters(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 4, 30), null, null));
        XSSFWorkbook workbook = read.workbook();

        assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName)).containsExactly(
                "Report", "Complaints", "SLA", "By status", "By category", "By channel", "By priority", "By tier",
                "By month", "Repeat complainers");
        Sheet cover = workbook.getSheet("Report");
        assertThat(cover.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Complaints & SLA");
        assertThat(value(cover, "Complaints in this report").getNumericCellValue()).isEqualTo(5.0);

        Sheet rows = workbook.getSheet("Complaints");
        Row header = rows.getRow(0);
        assertThat(header.getLastCellNum()).isEqualTo((short) 34);
        assertThat(List.of(header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(),
                header.getCell(2).getStringCellValue(), header.getCell(24).getStringCellValue(),
                header.getCell(29).getStringCellValue(), header.getCell(31).getStringCellValue()))
                .containsExactly("No.", "Received", "Customer", "First response SLA", "First response (minutes)",
                        "Waited on customer (minutes)");
        assertThat(rows.getLastRowNum()).as("five complaints, oldest first").isEqualTo(5);

        Row first = rows.getRow(1);
        assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(first.getCell(0).getNumericCellValue()).isEqualTo((double) closed);
        assertThat(DateUtil.isCellDateFormatted(first.getCell(1))).isTrue();
        assertThat(first.getCell(1).getLocalDateTimeCellValue()).isEqualTo(at(year, 3, 4, 9, 0));
        assertThat(first.getCell(2).getStringCellValue()).isEqualTo(tag + " Gold Ltd");
        assertThat(first.getCell(7).getStringCellValue()).isEqualTo("Closed");
        assertThat(first.getCell(14).getNumericCellValue()).isEqualTo(88.5);
        assertThat(first.getCell(14).getCellStyle().getDataFormatString()).contains("#,##0.00");
        assertThat(first.getCell(17).getStringCellValue()).isEqualTo("Gold");
        assertThat(first.getCell(24).getStringCellValue()).isEqualTo("Met");
        assertThat(first.getCell(29).getNumericCellValue()).isEqualTo(30.0);
        // two days to the resolution, less the hour waited on the customer
        assertThat(first.getCell(30).getNumericCellValue()).isEqualTo(2 * 24 * 60 - 60.0);
        assertThat(first.getCell(31).getNumericCellValue()).isEqualTo(60.0);
        assertThat(first.getCell(32).getNumericCellValue()).isEqualTo(5.0);

        Row open = row(rows, 0, overdue).orElseThrow();
        assertThat(open.getCell(27).getStringCellValue()).as("overdue while open: breached").isEqualTo("Breached");
        assertThat(open.getCell(26)).as("not resolved: no date").isNull();
        assertThat(open.getCell(30)).as("not resolved: no minutes").isNull();

        // by hand: three resolved complaints count (the invalid one does not); only the first met both targets
        Cell compliance = value(workbook.getSheet("SLA"), "SLA compliance");
        assertThat(compliance.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(compliance.getNumericCellValue()).isCloseTo(1.0 / 3.0, within(1e-9));
        assertThat(compliance.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(value(workbook.getSheet("SLA"), "Resolved").getNumericCellValue()).isEqualTo(3.0);
        assertThat(value(workbook.getSheet("SLA"), "Resolution: breached").getNumericCellValue()).isEqualTo(2.0);

        Sheet months = workbook.getSheet("By month");
        Row march = textRow(months, "2019-03").orElseThrow();
        assertThat(march.getCell(1).getNumericCellValue()).isEqualTo(2.0);
        assertThat(march.getCell(3).getNumericCellValue()).as("one breach in March").isEqualTo(1.0);
        assertThat(march.getCell(6).getNumericCellValue()).isEqualTo(0.5);
        Row april = textRow(months, "2019-04").orElseThrow();
        assertThat(april.getCell(1).getNumericCellValue()).isEqualTo(3.0);
        assertThat(april.getCell(3).getNumericCellValue()).isEqualTo(2.0);
        assertThat(((XSSFSheet) months).getDrawingPatriarch().getCharts()).as("the monthly trend chart").hasSize(1);

        Row urgent = textRow(workbook.getSheet("By priority"), "Urgent").orElseThrow();
        assertThat(urgent.getCell(2).getNumericCellValue()).as("open").isEqualTo(1.0);
        assertThat(urgent.getCell(6)).as("nothing resolved: no compliance").isNull();
        assertThat(textRow(workbook.getSheet("By channel"), "Phone").orElseThrow().getCell(1).getNumericCellValue()).isEqualTo(3.0);
        assertThat(textRow(workbook.getSheet("By status"), "Invalid").orElseThrow().getCell(1).getNumericCellValue()).isEqualTo(1.0);
        assertThat(textRow(workbook.getSheet("By tier"), "No tier").orElseThrow().getCell(1).getNumericCellValue()).isEqualTo(2.0);

        Row repeat = textRow(workbook.getSheet("Repeat complainers"), tag + " Gold Ltd").orElseThrow();
        assertThat(repeat.getCell(2).getNumericCellValue()).isEqualTo(3.0);
        assertThat(repeat.getCell(3).getNumericCellValue()).as("the invalid one is not judged valid").isEqualTo(2.0);
        assertThat(repeat.getCell(6).getNumericCellValue()).isEqualTo(3.5);
    }

    @Test
    void theTierNarrowsTheComplaintsAndTheLabelsSpeakChinese() throws IOException {
        fiveComplaints(2018);
        XlsxRead read = write(new ComplaintReportParameters(LocalDate.of(2018, 3, 1), LocalDate.of(2018, 4, 30),
                com.idic.crm.segmentation.Tier.GOLD, null), Locale.SIMPLIFIED_CHINESE);
        XSSFWorkbook workbook = read.workbook();
        assertThat(workbook.getSheetName(1)).isEqualTo("投诉");
        Sheet rows = workbook.getSheet("投诉");
        assertThat(rows.getRow(0).getCell(0).getStringCellValue()).isEqualTo("编号");
        assertThat(IntStream.rangeClosed(1, rows.getLastRowNum()).mapToObj(i -> (long) rows.getRow(i).getCell(0).getNumericCellValue()))
                .as("the gold customer's complaints, not the other's").containsExactly(closed, lateResponse, invalid);
        assertThat(rows.getRow(1).getCell(7).getStringCellValue()).isEqualTo("已关闭");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> report.checkedFilter(new ComplaintReportParameters(LocalDate.of(2019, 4, 1),
                LocalDate.of(2019, 3, 1), null, null))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("report.complaints.badPeriod");
    }

    record XlsxRead(XSSFWorkbook workbook) {
    }

    private XlsxRead write(ComplaintReportParameters parameters) throws IOException {
        return write(parameters, Locale.ENGLISH);
    }

    private XlsxRead write(ComplaintReportParameters parameters, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.write(parameters, new ReportLabels(i18n, locale), "anna", ReportProgress.NONE, out, dir);
        return new XlsxRead(new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())));
    }

    private long complaint(long customerId, ComplaintChannel channel, ComplaintPriority priority) {
        return complaints.create(new NewComplaint(customerId, tag + " " + channel, "What happened", channel, priority));
    }

    /** The complaint's times and verdicts as the test wants them, written past the workflow. */
    private void set(long id, String status, LocalDateTime received, int responseAfter, String responseSla,
                     Integer resolvedAfter, String resolutionSla, Long category, Integer satisfaction, String tier) {
        jdbc.sql("""
                UPDATE complaint SET status = :status, received_at = :received, first_response_at = :response,
                       first_response_due = :received + INTERVAL 1 HOUR, first_response_sla = :responseSla,
                       resolved_at = :resolved, resolution_due = :received + INTERVAL 8 HOUR, resolution_sla = :resolutionSla,
                       category_id = :category, satisfaction = :satisfaction, value_tier = :tier, assignee = NULL
                WHERE id = :id""")
                .param("status", status).param("received", utc(received))
                .param("response", utc(received.plusMinutes(responseAfter))).param("responseSla", responseSla)
                .param("resolved", resolvedAfter == null ? null : utc(received.plusMinutes(resolvedAfter)))
                .param("resolutionSla", resolutionSla).param("category", category).param("satisfaction", satisfaction)
                .param("tier", tier).param("id", id).update();
    }

    private LocalDateTime at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute);
    }

    /** Stored as UTC; the workbook shows the application's zone, as {@code at} is meant. */
    private LocalDateTime utc(LocalDateTime local) {
        return LocalDateTime.ofInstant(local.atZone(clock.getZone()).toInstant(), ZoneOffset.UTC);
    }

    private static Cell value(Sheet sheet, String label) {
        return textRow(sheet, label).orElseThrow(() -> new AssertionError("no line " + label)).getCell(1);
    }

    private static Optional<Row> textRow(Sheet sheet, String text) {
        return IntStream.rangeClosed(0, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                .filter(row -> row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                        && text.equals(row.getCell(0).getStringCellValue()))
                .findFirst();
    }

    private static Optional<Row> row(Sheet sheet, int column, long number) {
        return IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                .filter(row -> row.getCell(column) != null && row.getCell(column).getNumericCellValue() == number)
                .findFirst();
    }
}
