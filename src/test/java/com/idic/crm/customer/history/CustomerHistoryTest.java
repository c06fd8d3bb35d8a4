package com.idic.crm.customer.history;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.idic.crm.customer.CustomerAnonymizer;
import com.idic.crm.customer.CustomerChangeKind;
import com.idic.crm.customer.CustomerImportChanges;
import com.idic.crm.customer.CustomerImportChanges.ImportedField;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.customer.PurchaseStage;
import com.idic.crm.customer.domain.Customer;
import com.idic.crm.customer.domain.CustomerContact;
import com.idic.crm.customer.duplicates.CustomerMergeService;
import com.idic.crm.customer.duplicates.DuplicateFixtures;
import com.idic.crm.customer.duplicates.MergePreview;
import com.idic.crm.security.AppRoles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static com.idic.crm.customer.duplicates.DuplicateFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "dana", roles = AppRoles.SERVICE_DESK)
class CustomerHistoryTest {

    @Autowired CustomerService customers;
    @Autowired CustomerHistory history;
    @Autowired CustomerImportChanges importChanges;
    @Autowired CustomerAnonymizer anonymizer;
    @Autowired CustomerMergeService merges;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ApplicationContext context;
    @Autowired Clock clock;

    DuplicateFixtures fixtures;
    LocalDateTime started;

    @BeforeEach
    void setUp() {
        fixtures = new DuplicateFixtures(context);
        started = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void creationAndEveryEditedFieldAreRecordedWithWhoAndWhenNewestFirst() {
        String name = unique("Zhou Min");
        long id = customers.create(new NewCustomer(name, CustomerType.INDIVIDUAL));
        Customer edited = customers.find(id).orElseThrow();
        edited.setPhone("139 1234 5678");
        edited.setStage(PurchaseStage.LOYAL);
        edited.setBirthDate(LocalDate.of(1990, 4, 1));
        customers.save(edited);

        List<HistoryEntry> entries = all(id);

        assertThat(entries).extracting(HistoryEntry::kind, HistoryEntry::field, HistoryEntry::oldValue, HistoryEntry::newValue)
                .containsExactly(
                        tuple(CustomerChangeKind.EDITED, "birth_date", null, "1990-04-01"),
                        tuple(CustomerChangeKind.EDITED, "stage", "POTENTIAL", "LOYAL"),
                        tuple(CustomerChangeKind.EDITED, "phone", null, "139 1234 5678"),
                        tuple(CustomerChangeKind.CREATED, "name", null, name));
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.changedBy()).isEqualTo("dana");
            assertThat(entry.changedAt()).isBetween(started, LocalDateTime.now(clock));
        });
    }

    @Test
    void savingWithoutChangesRecordsNothingAndARefusedSaveLeavesNoTrace() {
        long id = customers.create(new NewCustomer(unique("Wu Lei"), CustomerType.INDIVIDUAL));
        Customer first = customers.find(id).orElseThrow();
        Customer stale = customers.find(id).orElseThrow();
        customers.save(first);
        assertThat(all(id)).hasSize(1);

        first = customers.find(id).orElseThrow();
        first.setRegion("Hangzhou");
        customers.save(first);
        stale.setRegion("Suzhou");
        assertThatThrownBy(() -> customers.save(stale)).isInstanceOf(ObjectOptimisticLockingFailureException.class);

        assertThat(all(id)).extracting(HistoryEntry::field, HistoryEntry::newValue)
                .containsExactly(tuple("region", "Hangzhou"), tuple("name", stale.getName()));
    }

    @Test
    void contactsAddedChangedAndRemovedAreRecorded() {
        long id = customers.create(new NewCustomer(unique("Huaxin Trading"), CustomerType.ORGANIZATION));
        Customer customer = customers.find(id).orElseThrow();
        CustomerContact added = customer.addContact("Zhao Qing");
        added.setRole("Buyer");
        customer = customers.save(customer);
        customer.getContacts().get(0).setPhone("021 5555 0101");
        customer = customers.save(customer);
        customer.removeContact(customer.getContacts().get(0));
        customers.save(customer);

        assertThat(all(id)).extracting(HistoryEntry::kind, HistoryEntry::oldValue, HistoryEntry::newValue)
                .startsWith(
                        tuple(CustomerChangeKind.CONTACT_REMOVED, "Zhao Qing \u00b7 Buyer \u00b7 021 5555 0101", null),
                        tuple(CustomerChangeKind.CONTACT_CHANGED, "Zhao Qing \u00b7 Buyer", "Zhao Qing \u00b7 Buyer \u00b7 021 5555 0101"),
                        tuple(CustomerChangeKind.CONTACT_ADDED, null, "Zhao Qing \u00b7 Buyer"));
    }

    @Test
    void verificationIsRecorded() {
        long id = customers.create(new NewCustomer(unique("Qian Yu"), CustomerType.INDIVIDUAL));
        customers.markVerified(id);

        assertThat(all(id).get(0)).extracting(HistoryEntry::kind, HistoryEntry::field, HistoryEntry::oldValue,
                HistoryEntry::newValue).containsExactly(CustomerChangeKind.VERIFIED, "last_verified_on", null,
                LocalDate.now(clock).toString());
    }

    @Test
    @WithMockUser(username = "mia", roles = AppRoles.MANAGER)
    void mergeAndUndoAreRecordedOnBothRecordsWithTheFieldsTheMergeFilled() {
        Customer kept = fixtures.customer(unique("Sun Li"), LocalDate.of(2023, 1, 1), c -> { });
        String email = unique("sun").replace(' ', '.') + "@example.cn";
        Customer duplicate = fixtures.customer(unique("Sun Li"), LocalDate.of(2025, 1, 1), c -> c.setEmail(email));
        MergePreview preview = merges.preview(kept.getId(), duplicate.getId());
        long mergeId = merges.merge(kept.getId(), duplicate.getId(), preview.kept().version(), preview.duplicate().version());
        merges.undo(mergeId);

        assertThat(all(kept.getId())).extracting(HistoryEntry::kind, HistoryEntry::field, HistoryEntry::oldValue,
                        HistoryEntry::newValue, HistoryEntry::detail, HistoryEntry::changedBy)
                .containsExactly(
                        tuple(CustomerChangeKind.MERGE_UNDONE, "email", email, null, duplicate.getId().toString(), "mia"),
                        tuple(CustomerChangeKind.MERGED, "email", null, email, duplicate.getId().toString(), "mia"));
        assertThat(all(duplicate.getId())).extracting(HistoryEntry::kind, HistoryEntry::detail)
                .containsExactly(tuple(CustomerChangeKind.MERGE_UNDONE, kept.getId().toString()),
                        tuple(CustomerChangeKind.MERGED_INTO, kept.getId().toString()));
    }

    @Test
    @WithMockUser(username = "mia", roles = AppRoles.MANAGER)
    void importChangesAreRecordedInTheImportsTransactionOnly() {
        Customer updated = fixtures.customer(unique("Imported"), LocalDate.of(2024, 5, 1), c -> { });
        Customer created = fixtures.customer(unique("Imported"), LocalDate.of(2024, 5, 1), c -> { });
        List<ImportedField> changes = List.of(
                new ImportedField(updated.getId(), "stage", "POTENTIAL", "REPEAT"),
                new ImportedField(updated.getId(), "phone", "0571 1234", null),
                new ImportedField(created.getId(), null, null, null));

        new TransactionTemplate(transactions).executeWithoutResult(status -> importChanges.imported("may.xlsx", changes));
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            importChanges.imported("rolled-back.xlsx", changes);
            status.setRollbackOnly();
        });

        assertThat(all(updated.getId())).extracting(HistoryEntry::kind, HistoryEntry::field, HistoryEntry::oldValue,
                        HistoryEntry::newValue, HistoryEntry::detail, HistoryEntry::changedBy)
                .containsExactly(
                        tuple(CustomerChangeKind.IMPORTED, "phone", "0571 1234", null, "may.xlsx", "mia"),
                        tuple(CustomerChangeKind.IMPORTED, "stage", "POTENTIAL", "REPEAT", "may.xlsx", "mia"));
        assertThat(all(created.getId())).extracting(HistoryEntry::kind, HistoryEntry::detail)
                .containsExactly(tuple(CustomerChangeKind.CREATED, "may.xlsx"));
        assertThatThrownBy(() -> importChanges.imported("outside.xlsx", changes))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void onlyImportingRolesMayRecordImportChanges() {
        assertThatThrownBy(() -> importChanges.imported("x.csv", List.of())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void openingThePageIsLoggedAndOnlyManagersReadTheViewers() {
        long id = customers.create(new NewCustomer(unique("Viewed"), CustomerType.INDIVIDUAL));
        customers.open(id);
        customers.open(id);

        assertThatThrownBy(() -> history.lastViewers(id)).isInstanceOf(AccessDeniedException.class);
        List<CustomerViewer> viewers = asManager(() -> history.lastViewers(id));
        assertThat(viewers).extracting(CustomerViewer::username, CustomerViewer::views).containsExactly(tuple("dana", 2L));
        assertThat(viewers.get(0).lastViewedAt()).isBetween(started, LocalDateTime.now(clock));
    }

    @Test
    @WithMockUser(username = "ada", roles = AppRoles.ADMIN)
    void anonymizationReplacesPersonalDataHereAndInTheHistoryAndKeepsOrders() {
        String phone = DuplicateFixtures.mobile();
        Customer customer = fixtures.customer(unique("Lin Hui"), LocalDate.of(2022, 3, 1), c -> {
            c.setRegion("Xiamen");
            c.setStage(PurchaseStage.MAJOR);
            c.setExternalId(unique("EXT").replace(' ', '-'));
        }, "Lin Jr.");
        Customer edited = customers.find(customer.getId()).orElseThrow();
        edited.setPhone(phone);
        edited.setEmail("lin.hui@example.cn");
        edited = customers.save(edited);
        Customer mergedIn = fixtures.customer(unique("Lin Hui"), LocalDate.of(2024, 1, 1), c -> {
            c.setPhone(phone);
            c.setMergedIntoId(customer.getId());
        });
        List<Long> orders = fixtures.orders(customer, 3);

        Customer anonymized = anonymizer.anonymize(customer.getId(), edited.getVersion());

        assertThat(anonymized.getName()).isEqualTo("Anonymized " + customer.getId()).doesNotContain("Lin");
        assertThat(anonymized.getPhone()).isNull();
        assertThat(anonymized.getEmail()).isNull();
        assertThat(anonymized.getAnonymizedAt()).isNotNull();
        assertThat(anonymized.getContacts()).extracting(CustomerContact::getName).containsExactly("Anonymized");
        assertThat(anonymized.getRegion()).isEqualTo("Xiamen");
        assertThat(anonymized.getStage()).isEqualTo(PurchaseStage.MAJOR);
        assertThat(anonymized.getExternalId()).isEqualTo(customer.getExternalId());
        assertThat(fixtures.orderIdsOf(customer.getId())).containsExactlyElementsOf(orders);
        Customer duplicate = fixtures.reload(mergedIn);
        assertThat(duplicate.getPhone()).isNull();
        assertThat(duplicate.getName()).doesNotContain("Lin");

        List<HistoryEntry> entries = all(customer.getId());
        assertThat(entries).filteredOn(entry -> entry.kind() == CustomerChangeKind.ANONYMIZED)
                .extracting(HistoryEntry::field).contains("name", "phone", "email", "contact");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.oldValue() + " " + entry.newValue()).as(entry.toString())
                    .doesNotContain("Lin", phone, "lin.hui");
        });
        assertThat(entries).filteredOn(entry -> entry.kind() == CustomerChangeKind.ANONYMIZED).first()
                .extracting(HistoryEntry::changedBy).isEqualTo("ada");
        assertThat(all(mergedIn.getId())).extracting(HistoryEntry::kind).contains(CustomerChangeKind.ANONYMIZED);
    }

    @Test
    @WithMockUser(username = "ada", roles = AppRoles.ADMIN)
    void anonymizationAlsoForgetsTheValuesAMergeRemembers() {
        Customer kept = fixtures.customer(unique("Gao Yan"), LocalDate.of(2023, 1, 1), c -> { });
        Customer duplicate = fixtures.customer(unique("Gao Yan"), LocalDate.of(2025, 1, 1),
                c -> c.setEmail("gao.yan@example.cn"));
        MergePreview preview = merges.preview(kept.getId(), duplicate.getId());
        long mergeId = merges.merge(kept.getId(), duplicate.getId(), preview.kept().version(), preview.duplicate().version());

        anonymizer.anonymize(kept.getId(), fixtures.reload(kept).getVersion());

        assertThat(context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT CONCAT_WS('|', previous_value, filled_value) FROM customer_merge_field WHERE merge_id = ?")
                .param(mergeId).query(String.class).list())
                .isNotEmpty().allSatisfy(values -> assertThat(values).doesNotContain("gao.yan"));
    }

    @Test
    @WithMockUser(username = "ada", roles = AppRoles.ADMIN)
    void anonymizingARecordChangedSinceItWasShownIsRefused() {
        Customer customer = fixtures.customer(unique("Stale"), LocalDate.of(2022, 3, 1), c -> c.setPhone("021 1234 5678"));
        long shownVersion = customer.getVersion();
        Customer edited = customers.find(customer.getId()).orElseThrow();
        edited.setNotes("called back");
        customers.save(edited);

        assertThatThrownBy(() -> anonymizer.anonymize(customer.getId(), shownVersion))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(fixtures.reload(customer).getPhone()).isEqualTo("021 1234 5678");
    }

    @Test
    @WithMockUser(username = "mia", roles = AppRoles.MANAGER)
    void onlyAnAdministratorMayAnonymize() {
        Customer customer = fixtures.customer(unique("Kept"), LocalDate.of(2022, 3, 1), c -> c.setPhone("021 1234 5678"));

        assertThatThrownBy(() -> anonymizer.anonymize(customer.getId(), customer.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.reload(customer).getPhone()).isEqualTo("021 1234 5678");
    }

    private List<HistoryEntry> all(long customerId) {
        return asManager(() -> history.page(customerId, 0, 100));
    }

    private static <T> T asManager(java.util.function.Supplier<T> work) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated("reader", null, List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                        "ROLE_" + AppRoles.MANAGER))));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }
}
