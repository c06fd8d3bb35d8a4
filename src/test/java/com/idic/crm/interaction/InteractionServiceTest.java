package com.idic.crm.interaction;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import jakarta.validation.ConstraintViolationException;
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
@WithMockUser(username = "dana", roles = "SERVICE_DESK")
class InteractionServiceTest {

    @Autowired InteractionService interactions;
    @Autowired CustomerService customers;
    @Autowired Clock clock;

    @Test
    void contactsAreListedNewestFirstWithWhoHandledThem() {
        long customer = newCustomer();
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        interactions.record(contact(customer, "First call", now.minusDays(3)));
        interactions.record(contact(customer, "  Latest visit  ", now.minusHours(1)));
        interactions.record(contact(customer, "Middle", now.minusDays(1)));
        interactions.record(contact(newCustomer(), "Someone else", now));

        List<InteractionRow> rows = interactions.page(customer, PageRequest.of(0, 10));

        assertThat(rows).extracting(InteractionRow::summary).containsExactly("Latest visit", "Middle", "First call");
        assertThat(rows).extracting(InteractionRow::handledBy).containsOnly("dana");
        assertThat(interactions.count(customer)).isEqualTo(3);
        assertThat(interactions.page(customer, PageRequest.of(0, 10, Sort.by("occurredAt"))))
                .extracting(InteractionRow::summary).containsExactly("First call", "Middle", "Latest visit");
        assertThat(interactions.page(customer, PageRequest.of(1, 2))).extracting(InteractionRow::summary)
                .containsExactly("First call");
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        long customer = newCustomer();
        LocalDateTime now = LocalDateTime.now(clock);

        assertThatThrownBy(() -> interactions.record(contact(customer, "   ", now)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("summary");
        assertThatThrownBy(() -> interactions.record(contact(customer, "x".repeat(NewInteraction.MAX_SUMMARY + 1), now)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("summary");
        assertThatThrownBy(() -> interactions.record(contact(customer, "From the future", now.plusDays(1))))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("occurredAt");
        assertThatThrownBy(() -> interactions.record(new NewInteraction(customer, null, Direction.INBOUND,
                ContentType.IDEA, "No channel", now))).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("channel");
        assertThatThrownBy(() -> interactions.record(contact(Long.MAX_VALUE, "Nobody", now)))
                .isInstanceOf(InteractionService.UnknownCustomerException.class).hasMessageContaining("No customer");

        assertThat(interactions.count(customer)).isZero();
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void anAdministratorReadsButDoesNotRecord() {
        long customer = customers.create(new NewCustomer("Admin read " + ThreadLocalRandom.current().nextInt(), CustomerType.INDIVIDUAL));

        assertThatThrownBy(() -> interactions.record(contact(customer, "Not mine to record", LocalDateTime.now(clock))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(interactions.page(customer, PageRequest.of(0, 5))).isEmpty();
    }

    @Test
    void relationshipLevelStartsBasicAndKeepsWhoChangedIt() {
        long customer = newCustomer();
        RelationshipStanding initial = interactions.relationship(customer);
        assertThat(initial.level()).isEqualTo(RelationshipLevel.BASIC);
        assertThat(initial.everSet()).isFalse();

        RelationshipStanding reactive = interactions.changeRelationship(initial, RelationshipLevel.REACTIVE);
        RelationshipStanding proactive = interactions.changeRelationship(reactive, RelationshipLevel.PROACTIVE);

        assertThat(interactions.relationship(customer).level()).isEqualTo(RelationshipLevel.PROACTIVE);
        assertThat(proactive.changedBy()).isEqualTo("dana");
        assertThat(interactions.relationshipHistory(customer))
                .extracting(RelationshipChange::from, RelationshipChange::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RelationshipLevel.REACTIVE, RelationshipLevel.PROACTIVE),
                        org.assertj.core.groups.Tuple.tuple(null, RelationshipLevel.REACTIVE));
    }

    @Test
    void aLevelChangedMeanwhileBySomeoneElseIsAConflictAndKeepsTheirs() {
        long customer = newCustomer();
        RelationshipStanding seenByBoth = interactions.relationship(customer);
        interactions.changeRelationship(seenByBoth, RelationshipLevel.PARTNERSHIP);

        assertThatThrownBy(() -> interactions.changeRelationship(seenByBoth, RelationshipLevel.REACTIVE))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        RelationshipStanding now = interactions.relationship(customer);
        assertThat(now.level()).isEqualTo(RelationshipLevel.PARTNERSHIP);
        interactions.changeRelationship(now, RelationshipLevel.ACCOUNTABLE);
        assertThatThrownBy(() -> interactions.changeRelationship(now, RelationshipLevel.BASIC))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(interactions.relationshipHistory(customer)).hasSize(2);
    }

    private long newCustomer() {
        return customers.create(new NewCustomer("Contact " + ThreadLocalRandom.current().nextInt(), CustomerType.INDIVIDUAL));
    }

    static NewInteraction contact(long customer, String summary, LocalDateTime at) {
        return new NewInteraction(customer, InteractionChannel.PHONE, Direction.INBOUND, ContentType.OPINION, summary, at);
    }
}
