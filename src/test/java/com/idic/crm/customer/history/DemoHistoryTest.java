package com.idic.crm.customer.history;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import com.idic.crm.customer.CustomerChangeKind;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.domain.Customer;
import com.idic.crm.customer.domain.CustomerRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(roles = "MANAGER")
class DemoHistoryTest {

    @Autowired CustomerService customers;
    @Autowired CustomerRepository repository;
    @Autowired CustomerHistory history;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void demoUsersOpenVerifyAndEditTheFirstCustomers() {
        String tag = "Demo " + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        List<Long> ids = IntStream.range(0, 4)
                .mapToObj(i -> repository.save(new Customer(CustomerType.INDIVIDUAL, tag + " " + i, LocalDate.of(2024, 1, 1))).getId())
                .toList();

        new DemoHistory(customers, jdbc).addTo(ids);

        List<HistoryEntry> first = history.page(ids.get(0), 0, 50);
        assertThat(first).extracting(HistoryEntry::kind, HistoryEntry::field, HistoryEntry::newValue, HistoryEntry::changedBy)
                .containsExactly(tuple(CustomerChangeKind.EDITED, "stage", "INTENDING", "marketer"),
                        tuple(CustomerChangeKind.VERIFIED, "last_verified_on", LocalDate.now(clock).toString(), "desk"));
        assertThat(history.lastViewers(ids.get(0))).extracting(CustomerViewer::username)
                .containsExactlyInAnyOrder("desk", "marketer", "manager");
        assertThat(history.page(ids.get(1), 0, 50)).isEmpty();
        assertThat(history.lastViewers(ids.get(1))).extracting(CustomerViewer::username).containsExactly("desk");
    }

    @Test
    void theGateKnowsTheDemoGeneratorsExternalIds() {
        assertThat(com.idic.crm.demo.DemoDataGenerator.customerExternalId(0))
                .startsWith(DemoHistory.DEMO_EXTERNAL_IDS.replace("%", ""));
    }
}
