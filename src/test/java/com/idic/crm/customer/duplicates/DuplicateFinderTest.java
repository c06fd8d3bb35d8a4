package com.idic.crm.customer.duplicates;

import java.time.LocalDate;
import java.util.Optional;

import com.idic.crm.customer.domain.Customer;
import com.idic.crm.customer.domain.CustomerRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static com.idic.crm.customer.duplicates.DuplicateFixtures.mobile;
import static com.idic.crm.customer.duplicates.DuplicateFixtures.spaced;
import static com.idic.crm.customer.duplicates.DuplicateFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(roles = "MANAGER")
class DuplicateFinderTest {

    private static final LocalDate CREATED = LocalDate.of(2025, 3, 1);

    @Autowired
    DuplicateFinder finder;
    @Autowired
    CustomerRepository customers;
    DuplicateFixtures fixtures;

    @Autowired
    void useFixtures(ApplicationContext context) {
        fixtures = new DuplicateFixtures(context);
    }

    @Test
    void phoneWrittenDifferentlyIsTheSamePhone() {
        String phone = mobile();
        Customer a = fixtures.customer(unique("Zhang Wei"), CREATED, c -> c.setPhone(spaced(phone)));
        Customer b = fixtures.customer(unique("W. Zhang"), CREATED, c -> c.setPhone(phone));

        DuplicatePair pair = pairOf(a, b).orElseThrow();

        assertThat(pair.reasons()).containsExactly(DuplicateReason.PHONE);
        assertThat(pair.first().id()).isEqualTo(a.getId());
        assertThat(pair.second().phone()).isEqualTo(phone);
    }

    @Test
    void aPhoneSharedByManyRecordsIsNoEvidence() {
        String switchboard = mobile();
        java.util.List<Customer> sharing = java.util.stream.IntStream.rangeClosed(0, DuplicateFinder.MAX_SHARED_KEY)
                .mapToObj(i -> fixtures.customer(unique("Branch"), CREATED, c -> c.setPhone(switchboard)))
                .toList();

        assertThat(pairOf(sharing.get(0), sharing.get(1))).isEmpty();
    }

    @Test
    void emailIgnoresCase() {
        String email = unique("li.na").replace(' ', '.') + "@example.cn";
        Customer a = fixtures.customer(unique("Li Na"), CREATED, c -> c.setEmail(email.toUpperCase()), "Contact A");
        Customer b = fixtures.customer(unique("Na Li"), CREATED, c -> c.setEmail(email));

        DuplicatePair pair = pairOf(a, b).orElseThrow();

        assertThat(pair.reasons()).containsExactly(DuplicateReason.EMAIL);
        assertThat(pair.first().contactCount()).isEqualTo(1);
    }

    @Test
    void sameNameCountsOnlyInTheSameRegion() {
        String name = unique("Huaxin Trading");
        Customer a = fixtures.customer(name, CREATED, c -> c.setRegion("Shanghai"));
        Customer b = fixtures.customer(name.toUpperCase() + ".", CREATED, c -> c.setRegion("Shanghai"));
        Customer elsewhere = fixtures.customer(name, CREATED, c -> c.setRegion("Beijing"));

        assertThat(pairOf(a, b)).map(DuplicatePair::reasons).contains(java.util.Set.of(DuplicateReason.NAME_REGION));
        assertThat(pairOf(a, elsewhere)).isEmpty();
        assertThat(pairOf(b, elsewhere)).isEmpty();
    }

    @Test
    void aPairMatchingSeveralWaysIsListedOnceWithEveryReason() {
        String phone = mobile();
        String email = unique("sales").replace(' ', '.') + "@huaxin.cn";
        String name = unique("Huaxin Trading");
        Customer a = fixtures.customer(name, CREATED, c -> { c.setPhone(phone); c.setEmail(email); c.setRegion("Shenzhen"); });
        Customer b = fixtures.customer(name, CREATED, c -> { c.setPhone(spaced(phone)); c.setEmail(email); c.setRegion("Shenzhen"); });

        assertThat(finder.page(0, Integer.MAX_VALUE))
                .filteredOn(pair -> pair.first().id() == a.getId() && pair.second().id() == b.getId())
                .singleElement()
                .extracting(DuplicatePair::reasons)
                .isEqualTo(java.util.EnumSet.allOf(DuplicateReason.class));
    }

    @Test
    void mergedRecordsAreNotDuplicatesAnyMore() {
        String phone = mobile();
        Customer a = fixtures.customer(unique("Chen Jie"), CREATED, c -> c.setPhone(phone));
        Customer b = fixtures.customer(unique("Chen Jie"), CREATED, c -> c.setPhone(phone));
        long before = finder.count();
        b.setMergedIntoId(a.getId());
        customers.save(b);

        assertThat(pairOf(a, b)).isEmpty();
        assertThat(finder.count()).isEqualTo(before - 1);
    }

    @Test
    void pagesDoNotOverlap() {
        String phone = mobile();
        for (int i = 0; i < 3; i++) {
            fixtures.customer(unique("Page"), CREATED, c -> c.setPhone(phone));
        }
        var all = finder.page(0, Integer.MAX_VALUE);
        var first = finder.page(0, 2);
        var second = finder.page(2, 2);

        assertThat(all).hasSizeGreaterThanOrEqualTo(3);
        assertThat(first).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(second).containsExactlyElementsOf(all.subList(2, Math.min(4, all.size())));
        assertThat(finder.count()).isEqualTo(all.size());
    }

    @Test
    @WithMockUser(roles = "SERVICE_DESK")
    void serviceDeskCannotListDuplicates() {
        assertThatThrownBy(() -> finder.page(0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    private Optional<DuplicatePair> pairOf(Customer a, Customer b) {
        return finder.page(0, Integer.MAX_VALUE).stream()
                .filter(pair -> pair.first().id() == a.getId() && pair.second().id() == b.getId())
                .findFirst();
    }
}
