package com.idic.crm.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.idic.crm.customer.CustomerBulkWriter;
import com.idic.crm.customer.CustomerExternalIds;
import com.idic.crm.order.OrderBulkWriter;
import jakarta.validation.Validator;
import com.idic.crm.security.SecurityEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(roles = "MANAGER")
class ImportServiceTest {

    static final String CUSTOMER_HEADER = "external_id,type,name,gender,birth_date,founding_date,industry,phone,email,region,relationship_type,source,created_at";

    @Autowired
    ImportService imports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CustomerBulkWriter customerWriter;
    @Autowired
    CustomerExternalIds customerIds;
    @Autowired
    OrderBulkWriter orderWriter;
    @Autowired
    Validator validator;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    SecurityEvents securityEvents;

    @TempDir
    Path dir;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void goodCustomersFileIsSavedAndReimportUpdatesInsteadOfDuplicating() throws IOException {
        Path file = ImportFiles.csv(dir, "customers.csv", CUSTOMER_HEADER,
                "K" + run + "-1,individual,张伟,MALE,1985-02-03,,,+86 138-0013-8000,zhang@example.com,华东,,WEBSITE,2024-01-05",
                "K" + run + "-2,ORGANIZATION,\"Acme, Ltd.\",,,2001-06-01,Retail,010-12345678,,华北,ENTERPRISE,,");

        ImportResult first = imports.importFile(ImportKind.CUSTOMERS, file, "customers.csv", ImportProgress.NONE);
        assertThat(first.succeeded()).isTrue();
        assertThat(first.inserted()).isEqualTo(2);
        assertThat(first.updated()).isZero();
        assertThat(jdbc.queryForMap("SELECT name, phone_key, relationship_type, created_on FROM customer WHERE external_id = ?", "K" + run + "-1"))
                .containsEntry("name", "张伟").containsEntry("phone_key", "13800138000")
                .containsEntry("relationship_type", "GENERAL_CONSUMER").containsEntry("created_on", java.sql.Date.valueOf("2024-01-05"));
        assertThat(jdbc.queryForObject("SELECT name FROM customer WHERE external_id = ?", String.class, "K" + run + "-2")).isEqualTo("Acme, Ltd.");

        Path changed = ImportFiles.csv(dir, "again.csv", "NAME,External_ID,type",
                "张伟伟,K" + run + "-1,INDIVIDUAL", "Acme Ltd,k" + run + "-2,ORGANIZATION", "New one,K" + run + "-3,INDIVIDUAL");
        ImportResult second = imports.importFile(ImportKind.CUSTOMERS, changed, "again.csv", ImportProgress.NONE);
        assertThat(second.inserted()).isEqualTo(1);
        assertThat(second.updated()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE external_id LIKE ?", Long.class, "K" + run + "-%")).isEqualTo(3);
        assertThat(jdbc.queryForMap("SELECT name, version FROM customer WHERE external_id = ?", "K" + run + "-1"))
                .containsEntry("name", "张伟伟").containsEntry("version", 1L);
    }

    @Test
    void goodOrdersFileIsSavedForExistingCustomers() throws IOException {
        importCustomers("O" + run + "-C1", "O" + run + "-C2");
        Path file = ImportFiles.csv(dir, "orders.csv",
                "external_id,customer_external_id,order_date,amount,cost,category,channel,paid_amount,paid_date",
                "O" + run + "-1,O" + run + "-C1,2025-03-01,1200.50,800,Software,Online,1200.50,2025-03-20",
                "O" + run + "-2,o" + run + "-c2,2025-04-01,99,60.1,,,,");
        ImportResult result = imports.importFile(ImportKind.ORDERS, file, "orders.csv", ImportProgress.NONE);
        assertThat(result.succeeded()).isTrue();
        assertThat(result.inserted()).isEqualTo(2);
        assertThat(jdbc.queryForMap("SELECT o.amount, o.order_number, c.external_id FROM customer_order o JOIN customer c ON c.id = o.customer_id WHERE o.external_id = ?",
                "O" + run + "-1")).containsEntry("amount", new java.math.BigDecimal("1200.50"))
                .containsEntry("order_number", "O" + run + "-1").containsEntry("external_id", "O" + run + "-C1");
    }

    @Test
    void badCustomersFileSavesNothingAndListsEveryBadRow() throws IOException {
        String future = LocalDate.now().plusYears(1).toString();
        Path file = ImportFiles.csv(dir, "bad.csv", CUSTOMER_HEADER,
                "B" + run + "-1,INDIVIDUAL,Good Person,,,,,,,,,,",
                "B" + run + "-2,PERSON,Wrong Type,,,,,,,,,,",
                ",INDIVIDUAL,,,,,,,,,,,",
                "B" + run + "-4,INDIVIDUAL,Future Born,,'" + future.replace("'", "") + ",,,,,,,,",
                "B" + run + "-5,INDIVIDUAL,Bad Contact,,,,,not-a-phone,not-an-email,,,,",
                "B" + run + "-6,INDIVIDUAL,Bad Date,,1990-13-45,,,,,,,,",
                "B" + run + "-1,INDIVIDUAL,Repeated,,,,,,,,,,",
                "B" + run + "-8,INDIVIDUAL,Born Tomorrow,," + future + ",,,,,,,,");
        ImportResult result = imports.importFile(ImportKind.CUSTOMERS, file, "bad.csv", ImportProgress.NONE);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::reason).containsExactly(
                tuple(3L, "type", "import.reason.choice"),
                tuple(4L, "external_id", "import.reason.required"),
                tuple(4L, "name", "import.reason.required"),
                tuple(5L, "birth_date", "import.reason.date"),
                tuple(6L, "phone", "import.reason.constraint.Pattern"),
                tuple(6L, "email", "import.reason.constraint.Email"),
                tuple(7L, "birth_date", "import.reason.date"),
                tuple(8L, "external_id", "import.reason.repeatedExternalId"),
                tuple(9L, "birth_date", "import.reason.future"));
        assertThat(result.problemCount()).isEqualTo(9);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE external_id LIKE ?", Long.class, "B" + run + "-%")).isZero();
    }

    @Test
    void badOrdersAreReportedWithRowColumnAndReason() throws IOException {
        importCustomers("Q" + run + "-C1");
        Path file = ImportFiles.csv(dir, "bad-orders.csv",
                "external_id,customer_external_id,order_date,amount,cost,paid_amount,paid_date",
                "Q" + run + "-1,Q" + run + "-C1,2025-01-01,-5,1,,",
                "Q" + run + "-2,Q" + run + "-C1,2025-01-01,10.123,1,,",
                "Q" + run + "-3,Q" + run + "-C1,2025-01-01,10,1,,2025-02-01",
                "Q" + run + "-4,NOBODY-" + run + ",2025-01-01,10,1,,",
                "Q" + run + "-5,Q" + run + "-C1,2025-01-01,1 000,1,,",
                "Q" + run + "-6,Q" + run + "-C1,2025-01-01,10,,,");
        ImportResult result = imports.importFile(ImportKind.ORDERS, file, "bad-orders.csv", ImportProgress.NONE);

        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::reason).containsExactly(
                tuple(2L, "amount", "import.reason.constraint.PositiveOrZero"),
                tuple(3L, "amount", "import.reason.constraint.Digits"),
                tuple(4L, "paid_amount", "import.reason.paidDateWithoutAmount"),
                tuple(5L, "customer_external_id", "import.reason.unknownCustomer"),
                tuple(6L, "amount", "import.reason.decimal"),
                tuple(7L, "cost", "import.reason.required"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_order WHERE external_id LIKE ?", Long.class, "Q" + run + "-%")).isZero();
    }

    @Test
    void unknownAndMissingColumnsAreReportedOnTheHeaderRow() throws IOException {
        Path file = ImportFiles.csv(dir, "header.csv", "external_id,nickname,type", "H" + run + ",INDIVIDUAL,x");
        ImportResult result = imports.importFile(ImportKind.CUSTOMERS, file, "header.csv", ImportProgress.NONE);
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::reason).contains(
                tuple(1L, "nickname", "import.reason.unknownColumn"),
                tuple(1L, "name", "import.reason.missingColumn"));
        assertThat(result.succeeded()).isFalse();
    }

    @Test
    void goodXlsxIsImportedWithDateCellsAndNumbers() throws IOException {
        importCustomers("X" + run + "-C1");
        Path file = ImportFiles.xlsx(dir, "orders.xlsx", List.of(
                List.of("External_Id", "customer_external_id", "order_date", "amount", "cost"),
                List.of("X" + run + "-1", "X" + run + "-C1", LocalDate.of(2025, 5, 6), 1234.5, 1000),
                List.of("X" + run + "-2", "X" + run + "-C1", "2025-05-07", "10", "2.25")));
        ImportResult result = imports.importFile(ImportKind.ORDERS, file, "orders.xlsx", ImportProgress.NONE);
        assertThat(result.succeeded()).as("%s", result.problems()).isTrue();
        assertThat(result.inserted()).isEqualTo(2);
        assertThat(jdbc.queryForMap("SELECT order_date, amount FROM customer_order WHERE external_id = ?", "X" + run + "-1"))
                .containsEntry("order_date", java.sql.Date.valueOf("2025-05-06"))
                .containsEntry("amount", new java.math.BigDecimal("1234.50"));
    }

    @Test
    void badXlsxSavesNothingAndReportsExcelRowNumbers() throws IOException {
        Path file = ImportFiles.xlsx(dir, "customers.xlsx", List.of(
                List.of("external_id", "type", "name"),
                List.of("Y" + run + "-1", "INDIVIDUAL", "Fine"),
                List.of("Y" + run + "-2", "ROBOT", "Wrong")));
        ImportResult result = imports.importFile(ImportKind.CUSTOMERS, file, "customers.xlsx", ImportProgress.NONE);
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::reason)
                .containsExactly(tuple(3L, "type", "import.reason.choice"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE external_id LIKE ?", Long.class, "Y" + run + "-%")).isZero();
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedClearly() throws IOException {
        Path file = ImportFiles.csv(dir, "fake.xlsx", "external_id,type,name");
        assertThatThrownBy(() -> imports.importFile(ImportKind.CUSTOMERS, file, "fake.xlsx", ImportProgress.NONE))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.reason()).isEqualTo("import.error.unreadable"));
        assertThatThrownBy(() -> imports.importFile(ImportKind.CUSTOMERS, file, "fake.txt", ImportProgress.NONE))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.reason()).isEqualTo("import.error.type"));
    }

    @Test
    void limitsOnSizeAndRowsAreEnforcedAndNothingIsSaved() throws IOException {
        ImportService small = new ImportService(customerWriter, customerIds, orderWriter, validator, Clock.systemDefaultZone(),
                new ImportLimits(DataSize.ofBytes(200), 2, 1_000_000), transactionManager, securityEvents);
        Path tooManyRows = ImportFiles.csv(dir, "rows.csv", "external_id,type,name",
                "L" + run + "-1,INDIVIDUAL,A", "L" + run + "-2,INDIVIDUAL,B", "L" + run + "-3,INDIVIDUAL,C");
        assertThatThrownBy(() -> small.importFile(ImportKind.CUSTOMERS, tooManyRows, "rows.csv", ImportProgress.NONE))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo("import.error.tooManyRows");
                    assertThat(e.arguments()).containsExactly("2");
                });
        Path tooLarge = dir.resolve("large.csv");
        Files.writeString(tooLarge, "external_id,type,name\r\n" + ("L" + run + "-9,INDIVIDUAL,x\r\n").repeat(20));
        assertThatThrownBy(() -> small.importFile(ImportKind.CUSTOMERS, tooLarge, "large.csv", ImportProgress.NONE))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.reason()).isEqualTo("import.error.tooLarge"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE external_id LIKE ?", Long.class, "L" + run + "-%")).isZero();
    }

    @Test
    void theServerUploadLimitIsTheImportLimit(@Autowired MultipartProperties multipart) {
        assertThat(multipart.getMaxFileSize()).isEqualTo(imports.limits().maxFileSize());
        assertThat(multipart.getMaxRequestSize()).isEqualTo(imports.limits().maxFileSize());
    }

    @Test
    @WithMockUser(roles = "MARKETER")
    void aMarketerMayNotImport() throws IOException {
        Path file = ImportFiles.csv(dir, "c.csv", "external_id,type,name", "M" + run + ",INDIVIDUAL,A");
        assertThatThrownBy(() -> imports.importFile(ImportKind.CUSTOMERS, file, "c.csv", ImportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.startImport(ImportKind.CUSTOMERS, file, "c.csv", ImportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void importCustomers(String... externalIds) throws IOException {
        String[] lines = new String[externalIds.length + 1];
        lines[0] = "external_id,type,name";
        for (int i = 0; i < externalIds.length; i++) {
            lines[i + 1] = externalIds[i] + ",ORGANIZATION,Customer " + externalIds[i];
        }
        Path file = ImportFiles.csv(dir, "setup-" + UUID.randomUUID() + ".csv", lines);
        assertThat(imports.importFile(ImportKind.CUSTOMERS, file, "setup.csv", ImportProgress.NONE).succeeded()).isTrue();
    }
}
