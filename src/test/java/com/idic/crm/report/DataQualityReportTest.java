package com.idic.crm.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.domain.Customer;
import com.idic.crm.customer.domain.CustomerContact;
import com.idic.crm.customer.domain.CustomerRepository;
import com.idic.crm.security.AppRoles;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** "Customers & data quality" on a few known records, read back with POI. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "anna", roles = AppRoles.MANAGER)
class DataQualityReportTest {

    @Autowired DataQualityReport report;
    @Autowired CustomerRepository customers;
    @Autowired CrmI18NProvider i18n;
    @Autowired Clock clock;

    @TempDir
    java.nio.file.Path dir;

    final String tag = "Dq" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);

    @Test
    void masterDataContactsStaleRecordsAndLikelyDuplicates() throws IOException {
        LocalDate today = LocalDate.now(clock);
        Customer company = new Customer(CustomerType.ORGANIZATION, tag + " Trading Co", LocalDate.of(2021, 5, 4));
        company.setExternalId(tag + "-1");
        company.setRegion("上海");
        company.setPhone("021 5555 0101");
        company.setLastVerifiedOn(today.minusDays(10));
        CustomerContact buyer = company.addContact("Li Na");
        buyer.setRole("=cmd|' /C calc'!A0");
        buyer.setEmail("li.na@example.test");
        customers.save(company);
        Customer stale = new Customer(CustomerType.INDIVIDUAL, tag + " Stale", LocalDate.of(2020, 1, 1));
        stale.setLastVerifiedOn(today.minusDays(400));
        customers.save(stale);
        Customer twin = new Customer(CustomerType.INDIVIDUAL, tag + " Twin", LocalDate.of(2022, 1, 1));
        twin.setPhone("021-5555-0101");
        customers.save(twin);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.write(new ReportLabels(i18n, Locale.ENGLISH), "anna", ReportProgress.NONE, out, dir);
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));

        assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
                .containsExactly("Report", "Customers", "Contacts", "Stale records", "Likely duplicates");
        assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Customers & data quality");

        Sheet master = workbook.getSheet("Customers");
        assertThat(master.getRow(0).getCell(0).getStringCellValue()).isEqualTo("External ID");
        Row companyRow = row(master, 1, tag + " Trading Co").orElseThrow();
        assertThat(companyRow.getCell(0).getStringCellValue()).isEqualTo(tag + "-1");
        assertThat(companyRow.getCell(2).getStringCellValue()).isEqualTo("Organization");
        assertThat(companyRow.getCell(3).getStringCellValue()).isEqualTo("上海");
        assertThat(DateUtil.isCellDateFormatted(companyRow.getCell(11))).isTrue();
        assertThat(companyRow.getCell(11).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 5, 4));
        assertThat(companyRow.getCell(13).getStringCellValue()).isEqualTo("No");
        assertThat(companyRow.getCell(14).getNumericCellValue()).isEqualTo(1.0);
        assertThat(row(master, 1, tag + " Stale").orElseThrow().getCell(13).getStringCellValue()).isEqualTo("Yes");

        Row contact = row(workbook.getSheet("Contacts"), 1, tag + " Trading Co").orElseThrow();
        assertThat(List.of(contact.getCell(2).getStringCellValue(), contact.getCell(5).getStringCellValue()))
                .containsExactly("Li Na", "li.na@example.test");
        // a role typed as a formula stays the text it is
        assertThat(contact.getCell(3).getCellType()).isEqualTo(CellType.STRING);
        assertThat(contact.getCell(3).getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
        assertThat(contact.getCell(3).getCellStyle().getQuotePrefixed()).isTrue();

        Sheet staleSheet = workbook.getSheet("Stale records");
        Row staleRow = row(staleSheet, 0, tag + " Stale").orElseThrow();
        assertThat(staleRow.getCell(6).getNumericCellValue()).isEqualTo(400.0);
        assertThat(row(staleSheet, 0, tag + " Trading Co")).as("verified ten days ago: not stale").isEmpty();

        Row pair = row(workbook.getSheet("Likely duplicates"), 0, tag + " Trading Co")
                .or(() -> row(workbook.getSheet("Likely duplicates"), 4, tag + " Trading Co")).orElseThrow();
        assertThat(pair.getCell(8).getStringCellValue()).isEqualTo("Phone");
    }

    private static Optional<Row> row(Sheet sheet, int column, String text) {
        return IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                .filter(row -> row.getCell(column) != null && text.equals(row.getCell(column).getStringCellValue()))
                .findFirst();
    }
}
