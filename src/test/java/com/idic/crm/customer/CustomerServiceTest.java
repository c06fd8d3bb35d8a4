package com.idic.crm.customer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.idic.crm.customer.domain.Customer;
import com.idic.crm.customer.domain.CustomerRepository;
import com.idic.crm.security.AppRoles;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(roles = AppRoles.SERVICE_DESK)
class CustomerServiceTest {

    @Autowired CustomerService service;
    @Autowired VerificationSettings verification;
    @Autowired CustomerRepository repository;
    @Autowired Clock clock;

    String tag;
    LocalDate today;

    @BeforeEach
    void uniqueTag() {
        tag = "Zq" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        today = LocalDate.now(clock);
    }

    @Test
    void nameFilterIsACaseInsensitivePrefixAndListIsSortedByName() {
        save(tag + " beta", c -> { });
        save(tag.toLowerCase() + " alpha", c -> { });
        save("Other " + tag, c -> { });

        assertThat(names(filter(tag.toUpperCase(), null, null))).containsExactly(tag.toLowerCase() + " alpha", tag + " beta");
    }

    @Test
    void phoneAndEmailFiltersCompareNormalizedKeys() {
        String digits = "1" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        save(tag + " phone", c -> c.setPhone("+86 " + digits.substring(0, 3) + "-" + digits.substring(3, 7) + "-" + digits.substring(7)));
        save(tag + " mail", c -> c.setEmail("Li." + tag + "@Example.com"));

        assertThat(names(filter(null, digits.substring(0, 3) + " " + digits.substring(3, 9), null))).containsExactly(tag + " phone");
        assertThat(names(filter(null, null, "  li." + tag.toLowerCase() + "@EX"))).containsExactly(tag + " mail");
        assertThat(names(filter(null, "no digits", null))).isEmpty();
    }

    @Test
    void exactFiltersOnTypeRegionRelationshipAndStage() {
        String region = "Region " + tag;
        save(tag + " org", c -> {
            c.setType(CustomerType.ORGANIZATION);
            c.setRegion(region);
            c.setRelationshipType(RelationshipType.ENTERPRISE);
            c.setStage(PurchaseStage.LOYAL);
        });
        save(tag + " person", c -> c.setRegion(region));
        save(tag + " elsewhere", c -> c.setRegion(region + "x"));

        assertThat(names(new CustomerFilter(null, null, null, null, region, null, null, false)))
                .containsExactly(tag + " org", tag + " person");
        assertThat(names(new CustomerFilter(tag, null, null, CustomerType.ORGANIZATION, null, null, null, false)))
                .containsExactly(tag + " org");
        assertThat(names(new CustomerFilter(tag, null, null, null, null, RelationshipType.ENTERPRISE, null, false)))
                .containsExactly(tag + " org");
        assertThat(names(new CustomerFilter(tag, null, null, null, null, null, PurchaseStage.LOYAL, false)))
                .containsExactly(tag + " org");
        assertThat(service.regions()).doesNotContain("New " + region);
        Customer moved = service.find(save(tag + " mover", c -> { }).getId()).orElseThrow();
        moved.setRegion("New " + region);
        service.save(moved);
        assertThat(service.regions()).contains("New " + region);
    }

    @Test
    void mergedRecordsNeverAppear() {
        Customer kept = save(tag + " kept", c -> { });
        save(tag + " duplicate", c -> c.setMergedIntoId(kept.getId()));

        assertThat(names(filter(tag, null, null))).containsExactly(tag + " kept");
    }

    @Test
    void pagesAreSlicedWithAStableOrder() {
        for (int i = 0; i < 5; i++) {
            save(tag + " same", c -> { });
        }
        CustomerFilter filter = filter(tag, null, null);
        List<Long> first = service.page(filter, PageRequest.of(0, 3)).stream().map(CustomerRow::id).toList();
        List<Long> second = service.page(filter, PageRequest.of(1, 3)).stream().map(CustomerRow::id).toList();

        assertThat(first).hasSize(3).isSorted();
        assertThat(second).hasSize(2).isSorted().doesNotContainAnyElementsOf(first);
    }

    @Test
    void sortingOnAnUnindexedColumnIsRefused() {
        assertThatThrownBy(() -> service.page(CustomerFilter.any(), PageRequest.of(0, 10, Sort.by("notes"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithMockUser(roles = AppRoles.MANAGER)
    void needsVerificationFollowsTheConfiguredPeriod() {
        save(tag + " a-never", c -> { });
        save(tag + " b-today", c -> c.setLastVerifiedOn(today));
        save(tag + " c-10days", c -> c.setLastVerifiedOn(today.minusDays(10)));
        save(tag + " d-100days", c -> c.setLastVerifiedOn(today.minusDays(100)));
        CustomerFilter stale = new CustomerFilter(tag, null, null, null, null, null, null, true);
        int before = verification.staleAfterDays();
        try {
            verification.changeStaleAfterDays(365);
            assertThat(names(stale)).containsExactly(tag + " a-never");
            verification.changeStaleAfterDays(30);
            assertThat(names(stale)).containsExactly(tag + " a-never", tag + " d-100days");
            verification.changeStaleAfterDays(10);
            assertThat(names(stale)).containsExactly(tag + " a-never", tag + " d-100days");
            verification.changeStaleAfterDays(9);
            assertThat(names(stale)).containsExactly(tag + " a-never", tag + " c-10days", tag + " d-100days");
            assertThat(service.page(filter(tag, null, null), PageRequest.of(0, 50)).stream()
                    .filter(CustomerRow::needsVerification).map(CustomerRow::name))
                    .containsExactly(tag + " a-never", tag + " c-10days", tag + " d-100days");
        } finally {
            verification.changeStaleAfterDays(before);
        }
    }

    @Test
    @WithMockUser(roles = AppRoles.MANAGER)
    void stalenessPeriodOutsideOneToTenYearsIsRefused() {
        assertThatThrownBy(() -> verification.changeStaleAfterDays(0)).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> verification.changeStaleAfterDays(3651)).isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void serviceDeskCannotChangeTheStalenessPeriod() {
        int before = verification.staleAfterDays();
        assertThatThrownBy(() -> verification.changeStaleAfterDays(30)).isInstanceOf(AccessDeniedException.class);
        assertThat(verification.staleAfterDays()).isEqualTo(before);
    }

    @Test
    void invalidRecordIsRefusedAndNothingIsSaved() {
        long id = save(tag + " valid", c -> c.setEmail("ok@example.com")).getId();
        Customer edited = service.find(id).orElseThrow();
        edited.setEmail("not an e-mail");
        edited.setName("changed");

        assertThatThrownBy(() -> service.save(edited)).isInstanceOf(ConstraintViolationException.class);
        assertThat(service.find(id).orElseThrow().getEmail()).isEqualTo("ok@example.com");
        assertThatThrownBy(() -> service.create(new NewCustomer(" ", CustomerType.INDIVIDUAL)))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void savingAStaleCopyFailsAndKeepsTheOtherChange() {
        long id = save(tag + " shared", c -> { }).getId();
        Customer mine = service.find(id).orElseThrow();
        Customer theirs = service.find(id).orElseThrow();
        theirs.setRegion("Theirs");
        service.save(theirs);
        mine.setRegion("Mine");

        assertThatThrownBy(() -> service.save(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(service.find(id).orElseThrow().getRegion()).isEqualTo("Theirs");
    }

    @Test
    void contactsAreAddedAndRemovedWithTheRecord() {
        long id = save(tag + " org", c -> c.setType(CustomerType.ORGANIZATION)).getId();
        Customer org = service.find(id).orElseThrow();
        org.addContact("Wang Wei").setRole("Buyer");
        org.addContact("Zhang Min");
        Customer saved = service.save(org);
        assertThat(service.find(id).orElseThrow().getContacts()).extracting(c -> c.getName())
                .containsExactly("Wang Wei", "Zhang Min");

        saved.removeContact(saved.getContacts().get(0));
        service.save(saved);
        assertThat(service.find(id).orElseThrow().getContacts()).extracting(c -> c.getName()).containsExactly("Zhang Min");
    }

    @Test
    void markVerifiedStampsTodayAndNewCustomerStartsUnverified() {
        long id = service.create(new NewCustomer(tag + " new", CustomerType.ORGANIZATION));
        Customer created = service.find(id).orElseThrow();
        assertThat(created.getCreatedOn()).isEqualTo(today);
        assertThat(created.getLastVerifiedOn()).isNull();

        Customer verified = service.markVerified(id);

        assertThat(verified.getVersion()).isGreaterThan(created.getVersion());
        assertThat(service.find(id).orElseThrow().getLastVerifiedOn()).isEqualTo(today);
    }

    private Customer save(String name, java.util.function.Consumer<Customer> setup) {
        Customer customer = new Customer(CustomerType.INDIVIDUAL, name, today.minusYears(1));
        setup.accept(customer);
        return repository.save(customer);
    }

    private static CustomerFilter filter(String name, String phone, String email) {
        return new CustomerFilter(name, phone, email, null, null, null, null, false);
    }

    private List<String> names(CustomerFilter filter) {
        return service.page(filter, PageRequest.of(0, 50)).stream().map(CustomerRow::name).toList();
    }
}
