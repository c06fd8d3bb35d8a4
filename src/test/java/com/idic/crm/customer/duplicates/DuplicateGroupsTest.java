package com.idic.crm.customer.duplicates;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

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
class DuplicateGroupsTest {

    private static final LocalDate CREATED = LocalDate.of(2025, 3, 1);

    @Autowired DuplicateGroups groups;
    @Autowired CustomerRepository customers;
    DuplicateFixtures fixtures;

    @Autowired
    void useFixtures(ApplicationContext context) {
        fixtures = new DuplicateFixtures(context);
    }

    @Test
    void aKeySharedByMoreThanFiveRecordsIsOneGroupWithItsMembers() {
        String switchboard = mobile();
        List<Customer> sharing = IntStream.range(0, 7)
                .mapToObj(i -> fixtures.customer(unique("Branch"), CREATED, c -> c.setPhone(spaced(switchboard))))
                .toList();

        DuplicateGroup group = groupOf(DuplicateReason.PHONE, switchboard);

        assertThat(group.size()).isEqualTo(7);
        assertThat(group.shown()).isEqualTo(spaced(switchboard));
        assertThat(groups.memberCount(group)).isEqualTo(7);
        assertThat(groups.members(group, 0, 5)).extracting(CustomerSummary::id)
                .containsExactlyElementsOf(sharing.subList(0, 5).stream().map(Customer::getId).toList());
        assertThat(groups.members(group, 5, 5)).extracting(CustomerSummary::id)
                .containsExactly(sharing.get(5).getId(), sharing.get(6).getId());
    }

    @Test
    void fiveRecordsAreStillPairsNotAGroupAndMergedRecordsDoNotCount() {
        String email = unique("info").replace(' ', '.') + "@example.cn";
        List<Customer> sharing = IntStream.range(0, 6)
                .mapToObj(i -> fixtures.customer(unique("Shop"), CREATED, c -> c.setEmail(email)))
                .toList();
        assertThat(groupOf(DuplicateReason.EMAIL, email).size()).isEqualTo(6);

        Customer merged = sharing.get(5);
        merged.setMergedIntoId(sharing.get(0).getId());
        customers.save(merged);

        assertThat(groups.page(0, Integer.MAX_VALUE)).noneMatch(g -> g.key().equals(email));
    }

    @Test
    void sameNameInTheSameRegionFormsAGroupPerRegion() {
        String name = unique("Wang Wei");
        IntStream.range(0, 6).forEach(i -> fixtures.customer(name, CREATED, c -> c.setRegion("Beijing")));
        IntStream.range(0, 3).forEach(i -> fixtures.customer(name, CREATED, c -> c.setRegion("Tianjin")));

        List<DuplicateGroup> named = groups.page(0, Integer.MAX_VALUE).stream()
                .filter(g -> g.reason() == DuplicateReason.NAME_REGION && g.shown().equals(name)).toList();

        assertThat(named).singleElement().satisfies(group -> {
            assertThat(group.region()).isEqualTo("Beijing");
            assertThat(group.size()).isEqualTo(6);
            assertThat(groups.memberCount(group)).isEqualTo(6);
        });
        assertThat(groups.count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    @WithMockUser(roles = "SERVICE_DESK")
    void serviceDeskCannotListGroups() {
        assertThatThrownBy(() -> groups.page(0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    private DuplicateGroup groupOf(DuplicateReason reason, String shared) {
        String key = reason == DuplicateReason.PHONE ? shared : shared.toLowerCase();
        return groups.page(0, Integer.MAX_VALUE).stream()
                .filter(g -> g.reason() == reason && g.key().equals(key)).findFirst().orElseThrow();
    }
}
