package com.idic.crm.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.idic.crm.customer.CustomerImportChanges;
import com.idic.crm.customer.CustomerImportChanges.ImportedField;
import com.idic.crm.customer.duplicates.CustomerMergeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What a re-import may change and what it must leave alone, and who is told about it. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "mia", roles = "MANAGER")
class ImportSemanticsTest {

    private static final String FULL = ImportServiceTest.CUSTOMER_HEADER;

    @Autowired
    ImportService imports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CustomerMergeService merges;
    @Autowired
    RecordingChanges recorded;

    @TempDir
    Path dir;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    /** Stands in for the customer history: remembers what it was told, in which transaction, as whom. */
    static class RecordingChanges implements CustomerImportChanges {
        record Call(String source, List<ImportedField> changes, boolean inTransaction, String user, String thread) {
        }

        final List<Call> calls = new CopyOnWriteArrayList<>();

        @Override
        public void imported(String source, List<ImportedField> changes) {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            calls.add(new Call(source, changes, TransactionSynchronizationManager.isActualTransactionActive(),
                    authentication == null ? null : authentication.getName(), Thread.currentThread().getName()));
        }

        List<ImportedField> fields() {
            List<ImportedField> all = new ArrayList<>();
            calls.forEach(call -> all.addAll(call.changes()));
            return all;
        }
    }

    @TestConfiguration
    static class Recording {
        @Bean
        RecordingChanges recordingChanges() {
            return new RecordingChanges();
        }
    }

    @BeforeEach
    void forget() {
        recorded.calls.clear();
    }

    private String id(String suffix) {
        return "S" + run + "-" + suffix;
    }

    private ImportResult importCsv(ImportKind kind, ImportOptions options, String... lines) throws IOException {
        Path file = ImportFiles.csv(dir, UUID.randomUUID() + ".csv", lines);
        return imports.importFile(kind, file, "file-" + run + ".csv", options, ImportProgress.NONE);
    }

    private Map<String, Object> stored(String externalId) {
        return jdbc.queryForMap("SELECT id, version, name, phone, phone_key, email, region, relationship_type, source, stage,"
                + " created_on, gender FROM customer WHERE external_id = ?", externalId);
    }

    @Test
    void absentColumnsAndEmptyCellsLeaveStoredValuesAndDefaultsApplyToNewRecordsOnly() throws IOException {
        ImportResult first = importCsv(ImportKind.CUSTOMERS, ImportOptions.KEEP_STORED_VALUES, FULL,
                id("1") + ",INDIVIDUAL,Li Na,FEMALE,,,,+86 139 0000 1111,li@example.com,华南,ENTERPRISE,WEBSITE,2020-02-02");
        assertThat(first.inserted()).isEqualTo(1);
        jdbc.update("UPDATE customer SET stage = 'REPEAT' WHERE external_id = ?", id("1"));

        ImportResult renamed = importCsv(ImportKind.CUSTOMERS, ImportOptions.KEEP_STORED_VALUES,
                "external_id,type,name", id("1") + ",INDIVIDUAL,Li Na Wang", id("2") + ",ORGANIZATION,New Co");
        assertThat(renamed).extracting(ImportResult::inserted, ImportResult::updated, ImportResult::unchanged).containsExactly(1L, 1L, 0L);
        assertThat(stored(id("1"))).containsEntry("name", "Li Na Wang").containsEntry("phone", "+86 139 0000 1111")
                .containsEntry("email", "li@example.com").containsEntry("region", "华南")
                .containsEntry("relationship_type", "ENTERPRISE").containsEntry("source", "WEBSITE").containsEntry("stage", "REPEAT")
                .containsEntry("created_on", java.sql.Date.valueOf("2020-02-02")).containsEntry("gender", "FEMALE");
        assertThat(stored(id("2"))).containsEntry("relationship_type", "GENERAL_CONSUMER").containsEntry("stage", "POTENTIAL")
                .containsEntry("created_on", java.sql.Date.valueOf(LocalDate.now())).containsEntry("phone", null);

        String emptyCells = "external_id,type,name,phone,region,relationship_type";
        ImportResult kept = importCsv(ImportKind.CUSTOMERS, ImportOptions.KEEP_STORED_VALUES, emptyCells,
                id("1") + ",INDIVIDUAL,Li Na Wang,,,");
        assertThat(kept).extracting(ImportResult::inserted, ImportResult::updated, ImportResult::unchanged).containsExactly(0L, 0L, 1L);
        assertThat(stored(id("1"))).containsEntry("phone", "+86 139 0000 1111").containsEntry("region", "华南").containsEntry("version", 1L);

        ImportResult cleared = importCsv(ImportKind.CUSTOMERS, new ImportOptions(true), emptyCells,
                id("1") + ",INDIVIDUAL,Li Na Wang,,,");
        assertThat(cleared.updated()).isEqualTo(1);
        assertThat(stored(id("1"))).containsEntry("phone", null).containsEntry("phone_key", null).containsEntry("region", null)
                .containsEntry("email", "li@example.com")
                .as("a mandatory value is not cleared").containsEntry("relationship_type", "ENTERPRISE");
    }

    @Test
    void anUnchangedRowIsNotWrittenAndTheResultCountsNewUpdatedUnchanged() throws IOException {
        String[] lines = {FULL, id("u1") + ",INDIVIDUAL,Same,,,,,,,,,,", id("u2") + ",INDIVIDUAL,Will change,,,,,,,,,,"};
        importCsv(ImportKind.CUSTOMERS, ImportOptions.KEEP_STORED_VALUES, lines);
        ImportResult again = importCsv(ImportKind.CUSTOMERS, ImportOptions.KEEP_STORED_VALUES, FULL,
                id("u1") + ",INDIVIDUAL,Same,,,,,,,,,,", id("u2") + ",INDIVIDUAL,Changed,,,,,,,,,,", id("u3") + ",INDIVIDUAL,New,,,,,,,,,,");
        assertThat(again).extracting(ImportResult::inserted, ImportResult::updated, ImportResult::unchanged).containsExactly(1L, 1L, 1L);
        assertThat(stored(id("u1"))).containsEntry("version", 0L);
        assertThat(stored(id("u2"))).containsEntry("version", 1L).containsEntry("name", "Changed");
    }

    @Test
    void theHistoryIsToldEveryChangedFieldAndEveryNewCustomerInsideTheWriteTransaction() throws IOException {
        importCsv(ImportKind.CUSTOMERS, ImportOptions.KEEP_STORED_VALUES, "external_id,type,name,gender,birth_date",
                id("h1") + ",INDIVIDUAL,Old Name,MALE,1980-01-01");
        long h1 = ((Number) stored(id("h1")).get("id")).longValue();
        assertThat(recorded.fields()).containsExactly(new ImportedField(h1, null, null, null));
        recorded.calls.clear();

        importCsv(ImportKind.CUSTOMERS, ImportOptions.KEEP_STORED_VALUES, "external_id,type,name,gender,birth_date",
                id("h1") + ",INDIVIDUAL,New Name,FEMALE,1981-02-03", id("h2") + ",INDIVIDUAL,Other,,");
        long h2 = ((Number) stored(id("h2")).get("id")).longValue();
        assertThat(recorded.fields()).containsExactlyInAnyOrder(
                new ImportedField(h1, "name", "Old Name", "New Name"),
                new ImportedField(h1, "gender", "MALE", "FEMALE"),
                new ImportedField(h1, "birth_date", "1980-01-01", "1981-02-03"),
                new ImportedField(h2, null, null, null));
        assertThat(recorded.calls).allSatisfy(call -> {
            assertThat(call.source()).isEqualTo("file-" + run + ".csv");
            assertThat(call.inTransaction()).isTrue();
        });

        recorded.calls.clear();
        importCsv(ImportKind.CUSTOMERS, ImportOptions.KEEP_STORED_VALUES, "external_id,type,name", id("h1") + ",INDIVIDUAL,New Name");
        assertThat(recorded.calls).as("nothing changed, nothing to tell").isEmpty();
    }

    @Test
    void aBackgroundImportRunsAsTheUserWhoStartedIt() throws Exception {
        Path file = ImportFiles.csv(dir, "bg.csv", "external_id,type,name", id("bg") + ",INDIVIDUAL,Background");
        ImportResult result = imports.startImport(ImportKind.CUSTOMERS, file, "bg.csv", ImportProgress.NONE).get(60, TimeUnit.SECONDS);
        assertThat(result.inserted()).isEqualTo(1);
        assertThat(recorded.calls).singleElement().satisfies(call -> {
            assertThat(call.thread()).isEqualTo("crm-import");
            assertThat(call.user()).isEqualTo("mia");
        });
    }

    @Test
    void rowsOfMergedAwayOrAnonymizedCustomersAreSkippedWithANoticeAndOrdersFollowTheMerge() throws IOException {
        importCsv(ImportKind.CUSTOMERS, ImportOptions.KEEP_STORED_VALUES, "external_id,type,name",
                id("keep") + ",INDIVIDUAL,Kept Person", id("dup") + ",INDIVIDUAL,Duplicate Person", id("anon") + ",INDIVIDUAL,Anonymous");
        Map<String, Object> kept = stored(id("keep"));
        Map<String, Object> duplicate = stored(id("dup"));
        long keptId = ((Number) kept.get("id")).longValue();
        long duplicateId = ((Number) duplicate.get("id")).longValue();
        long mergeId = merges.merge(keptId, duplicateId, (Long) kept.get("version"), (Long) duplicate.get("version"));
        jdbc.update("UPDATE customer SET anonymized_at = NOW(), name = 'Anonymized' WHERE external_id = ?", id("anon"));

        String dupAsWritten = id("DUP").replace("S" + run, "s" + run);
        ImportResult customers = importCsv(ImportKind.CUSTOMERS, ImportOptions.KEEP_STORED_VALUES, "external_id,type,name",
                dupAsWritten + ",INDIVIDUAL,Resurrected", id("anon") + ",INDIVIDUAL,Real Name Again", id("keep") + ",INDIVIDUAL,Kept Person");
        assertThat(customers.succeeded()).isTrue();
        assertThat(customers.notices()).extracting(ImportProblem::row, ImportProblem::reason, ImportProblem::arguments).containsExactly(
                tuple(2L, "import.notice.merged", List.of(dupAsWritten, "Kept Person")),
                tuple(3L, "import.notice.anonymized", List.of(id("anon"))));
        assertThat(customers).extracting(ImportResult::inserted, ImportResult::updated, ImportResult::unchanged, ImportResult::noticeCount)
                .containsExactly(0L, 0L, 1L, 2L);
        assertThat(stored(id("dup"))).containsEntry("name", "Duplicate Person");
        assertThat(stored(id("anon"))).containsEntry("name", "Anonymized");

        ImportResult orders = importCsv(ImportKind.ORDERS, ImportOptions.KEEP_STORED_VALUES,
                "external_id,customer_external_id,order_date,amount,cost", id("o1") + "," + id("dup") + ",2025-01-02,10,5");
        assertThat(orders.inserted()).isEqualTo(1);
        assertThat(customerOf(id("o1"))).isEqualTo(keptId);

        merges.undo(mergeId);
        assertThat(customerOf(id("o1"))).as("undo moves the imported order back with the rest").isEqualTo(duplicateId);
    }

    private long customerOf(String orderExternalId) {
        return jdbc.queryForObject("SELECT customer_id FROM customer_order WHERE external_id = ?", Long.class, orderExternalId);
    }

    @Test
    void anUnknownCustomerIsQuotedAsWrittenInTheFile() throws IOException {
        ImportResult result = importCsv(ImportKind.ORDERS, ImportOptions.KEEP_STORED_VALUES,
                "external_id,customer_external_id,order_date,amount,cost", id("q1") + ",NOPE-999-" + run + ",2025-01-02,10,5");
        assertThat(result.problems()).singleElement().satisfies(problem ->
                assertThat(problem.arguments()).containsExactly("NOPE-999-" + run));
    }

    @Test
    void reimportedOrdersChangeOnlyGivenColumnsAndCountUnchanged() throws IOException {
        importCsv(ImportKind.CUSTOMERS, ImportOptions.KEEP_STORED_VALUES, "external_id,type,name", id("oc") + ",INDIVIDUAL,Buyer");
        String header = "external_id,customer_external_id,order_date,amount,cost,category,channel";
        importCsv(ImportKind.ORDERS, ImportOptions.KEEP_STORED_VALUES, header,
                id("r1") + "," + id("oc") + ",2025-01-02,10.5,5,Books,Online", id("r2") + "," + id("oc") + ",2025-01-03,20,5,Books,Shop");
        ImportResult again = importCsv(ImportKind.ORDERS, ImportOptions.KEEP_STORED_VALUES,
                "external_id,customer_external_id,order_date,amount,cost",
                id("r1") + "," + id("oc") + ",2025-01-02,10.50,5", id("r2") + "," + id("oc") + ",2025-01-03,25,5");
        assertThat(again).extracting(ImportResult::inserted, ImportResult::updated, ImportResult::unchanged).containsExactly(0L, 1L, 1L);
        assertThat(jdbc.queryForMap("SELECT amount, category, channel, version FROM customer_order WHERE external_id = ?", id("r2")))
                .containsEntry("amount", new java.math.BigDecimal("25.00")).containsEntry("category", "Books")
                .containsEntry("channel", "Shop").containsEntry("version", 1L);
    }

    @Test
    void theTemplatesImportAsTheyStand() throws IOException {
        Path customers = dir.resolve("c.csv");
        Files.write(customers, ImportTemplates.csv(ImportKind.CUSTOMERS));
        Path orders = dir.resolve("o.csv");
        Files.write(orders, ImportTemplates.csv(ImportKind.ORDERS));
        ImportResult c = imports.importFile(ImportKind.CUSTOMERS, customers, "c.csv", ImportProgress.NONE);
        assertThat(c.succeeded()).as("%s", c.problems()).isTrue();
        ImportResult o = imports.importFile(ImportKind.ORDERS, orders, "o.csv", ImportProgress.NONE);
        assertThat(o.succeeded()).as("%s", o.problems()).isTrue();
        assertThat(new String(ImportTemplates.csv(ImportKind.CUSTOMERS), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("\uFEFF" + String.join(",", ImportKind.CUSTOMERS.columns()) + "\r\n").hasLineCount(2);
    }
}
