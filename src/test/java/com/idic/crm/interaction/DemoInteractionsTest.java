package com.idic.crm.interaction;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(roles = "MANAGER")
class DemoInteractionsTest {

    @Autowired CustomerService customers;
    @Autowired InteractionService interactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired com.idic.crm.interaction.domain.InteractionRepository repository;
    @Autowired com.idic.crm.interaction.domain.CustomerRelationshipRepository relationships;
    @Autowired com.idic.crm.interaction.domain.RelationshipChangeRepository changes;

    @Test
    void demoCustomersGetPastContactsOfEveryKindAndRelationshipLevelsWithTheirHistory() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ids.add(customers.create(new NewCustomer("Demo contact " + ThreadLocalRandom.current().nextInt(), CustomerType.INDIVIDUAL)));
        }

        int written = new DemoInteractions(jdbc, repository, relationships, changes, clock, 7).addTo(ids);

        List<InteractionRow> rows = ids.stream().flatMap(id -> interactions.page(id, PageRequest.of(0, 50)).stream()).toList();
        assertThat(rows).hasSize(written).hasSizeGreaterThan(100);
        assertThat(rows).extracting(InteractionRow::contentType).contains(ContentType.values());
        assertThat(rows).extracting(InteractionRow::direction).contains(Direction.values());
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.occurredAt()).isBefore(LocalDateTime.now(clock).plusSeconds(1));
            assertThat(row.summary()).isNotBlank();
        });
        List<RelationshipLevel> levels = ids.stream().map(id -> interactions.relationship(id).level()).toList();
        assertThat(levels).contains(RelationshipLevel.BASIC, RelationshipLevel.REACTIVE, RelationshipLevel.ACCOUNTABLE);
        ids.stream().filter(id -> interactions.relationship(id).everSet()).forEach(id ->
                assertThat(interactions.relationshipHistory(id)).singleElement()
                        .satisfies(change -> assertThat(change.to()).isEqualTo(interactions.relationship(id).level())));
    }
}
