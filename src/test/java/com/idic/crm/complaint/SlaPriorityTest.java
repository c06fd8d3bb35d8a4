package com.idic.crm.complaint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.idic.crm.complaint.domain.ComplaintHistoryRepository;
import com.idic.crm.complaint.domain.ComplaintRepository;
import com.idic.crm.complaint.domain.SlaPolicyRepository;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.notification.NotificationService;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SLA targets follow the priority people set; a raise by escalation leaves them where they were. Exact instants:
 * each complaint is received NORMAL at T0 (first response 8 h, resolution 72 h).
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(SettableClock.Config.class)
@WithMockUser(username = "manager", roles = AppRoles.MANAGER)
class SlaPriorityTest {

    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    @Autowired SettableClock clock;
    @Autowired ComplaintService service;
    @Autowired ComplaintQueries queries;
    @Autowired CustomerService customers;
    @Autowired ComplaintRepository complaints;
    @Autowired ComplaintHistoryRepository history;
    @Autowired SlaPolicyRepository policies;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired NotificationService notifications;

    @BeforeEach
    void receivedAtT0() {
        clock.set(T0);
    }

    private long normalComplaint() {
        long customerId = customers.create(new NewCustomer("Priority " + ThreadLocalRandom.current().nextInt(), CustomerType.INDIVIDUAL));
        return service.create(new NewComplaint(customerId, "Router drops", "The router drops the line at night",
                ComplaintChannel.EMAIL, ComplaintPriority.NORMAL));
    }

    private ComplaintDetails find(long id) {
        return queries.find(id).orElseThrow();
    }

    private void jobAt(Instant at) {
        ComplaintEscalation job = new ComplaintEscalation(complaints, history, policies, jdbc, transactions, notifications,
                Clock.fixed(at, ZoneOffset.UTC), true);
        SystemAuthentication.run(job::runOnce);
    }

    private List<HistoryKind> kinds(long id) {
        return queries.history(id).stream().map(HistoryLine::kind).toList();
    }

    private static Instant t0Plus(Duration duration) {
        return T0.plus(duration);
    }

    @Test
    void aRaiseByEscalationKeepsTheDueDatesAndTheOverdueTimeTrue() {
        long id = normalComplaint();

        jobAt(t0Plus(Duration.ofHours(8).plusMinutes(1)));

        ComplaintDetails escalated = find(id);
        assertThat(escalated.priority()).isEqualTo(ComplaintPriority.HIGH);
        assertThat(escalated.slaPriority()).isEqualTo(ComplaintPriority.NORMAL);
        clock.set(t0Plus(Duration.ofHours(9)));
        SlaClockView first = find(id).clocks().get(0);
        assertThat(first.target()).isEqualTo(Duration.ofHours(8));
        assertThat(first.due()).isEqualTo(t0Plus(Duration.ofHours(8)));
        assertThat(first.remaining()).isEqualTo(Duration.ofHours(-1));
        // HIGH would have made the resolution due 24 h; it stays 72 h and is not breached at 25 h
        assertThat(find(id).clocks().get(1).due()).isEqualTo(t0Plus(Duration.ofHours(72)));
        assertThat(complaints.findById(id).orElseThrow().getResolutionDue()).isEqualTo(t0Plus(Duration.ofHours(72)));
        jobAt(t0Plus(Duration.ofHours(25)));
        assertThat(find(id).clocks().get(1).state()).isEqualTo(SlaState.ONGOING);
        assertThat(kinds(id)).containsOnlyOnce(HistoryKind.ESCALATED);
    }

    @Test
    void bothTargetsBreachedInOnePassRaiseThePriorityOneStep() {
        long id = normalComplaint();

        jobAt(t0Plus(Duration.ofHours(73)));

        ComplaintDetails escalated = find(id);
        assertThat(escalated.priority()).isEqualTo(ComplaintPriority.HIGH);
        assertThat(escalated.clocks()).extracting(SlaClockView::state).containsExactly(SlaState.BREACHED, SlaState.BREACHED);
        assertThat(kinds(id)).containsOnlyOnce(HistoryKind.PRIORITY);
        assertThat(queries.history(id)).filteredOn(line -> line.kind() == HistoryKind.ESCALATED)
                .extracting(HistoryLine::field).containsExactlyInAnyOrder("FIRST_RESPONSE", "RESOLUTION");

        jobAt(t0Plus(Duration.ofHours(74)));
        assertThat(find(id).priority()).isEqualTo(ComplaintPriority.HIGH);
    }

    @Test
    void breachesInSeparatePassesRaiseOneStepEachWithoutMovingTheTargets() {
        long id = normalComplaint();

        jobAt(t0Plus(Duration.ofHours(9)));
        assertThat(find(id).priority()).isEqualTo(ComplaintPriority.HIGH);
        jobAt(t0Plus(Duration.ofHours(71)));
        assertThat(find(id).priority()).isEqualTo(ComplaintPriority.HIGH);
        jobAt(t0Plus(Duration.ofHours(72).plusSeconds(1)));

        ComplaintDetails twice = find(id);
        assertThat(twice.priority()).isEqualTo(ComplaintPriority.URGENT);
        assertThat(twice.slaPriority()).isEqualTo(ComplaintPriority.NORMAL);
        assertThat(twice.clocks()).extracting(SlaClockView::target).containsExactly(Duration.ofHours(8), Duration.ofHours(72));
    }

    @Test
    void aPriorityChosenByAPersonMovesTheTargetsAsBefore() {
        long id = normalComplaint();
        jobAt(t0Plus(Duration.ofHours(9)));
        clock.set(t0Plus(Duration.ofHours(10)));

        ComplaintDetails changed = service.changePriority(id, find(id).version(), ComplaintPriority.URGENT, "Customer threatens to cancel");

        assertThat(changed.slaPriority()).isEqualTo(ComplaintPriority.URGENT);
        assertThat(changed.clocks().get(1).target()).isEqualTo(Duration.ofHours(8));
        assertThat(changed.clocks().get(1).due()).isEqualTo(t0Plus(Duration.ofHours(8)));
        assertThat(complaints.findById(id).orElseThrow().getResolutionDue()).isEqualTo(t0Plus(Duration.ofHours(8)));
    }
}
