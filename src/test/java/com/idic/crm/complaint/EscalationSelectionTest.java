package com.idic.crm.complaint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.idic.crm.complaint.domain.ComplaintHistoryRepository;
import com.idic.crm.complaint.domain.ComplaintRepository;
import com.idic.crm.complaint.domain.SlaPolicyRepository;
import com.idic.crm.notification.NotificationService;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
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
 * The escalation job reads only complaints whose check instant (the earliest warning of a target still on track) has
 * passed; it is stored whenever the due dates are computed. NORMAL at T0: first response 8 h (warning at 6 h 24 min), resolution 72 h (57 h 36 min).
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(SettableClock.Config.class)
@WithMockUser(username = "desk", roles = AppRoles.SERVICE_DESK)
class EscalationSelectionTest {

    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    @Autowired SettableClock clock;
    @Autowired ComplaintService service;
    @Autowired ComplaintQueries queries;
    @Autowired CustomerService customers;
    @Autowired ComplaintRepository complaints;
    @Autowired JdbcClient jdbc;
    @Autowired ComplaintHistoryRepository history;
    @Autowired SlaPolicyRepository policies;
    @Autowired PlatformTransactionManager transactions;
    @Autowired NotificationService notifications;

    @BeforeEach
    void receivedAtT0() {
        clock.set(T0);
    }

    private long normalComplaint() {
        long customerId = customers.create(new NewCustomer("Selected " + ThreadLocalRandom.current().nextInt(), CustomerType.INDIVIDUAL));
        return service.create(new NewComplaint(customerId, "Invoice wrong", "Charged twice", ComplaintChannel.WEB,
                ComplaintPriority.NORMAL));
    }

    private List<Long> selectedAt(Instant at) {
        return complaints.findDueForCheck(ComplaintStatus.FINISHED.stream().toList(), at);
    }

    @Test
    void aComplaintIsReadFromItsWarningInstantOnAndNotAfterItsTargetsAreMetOrBreached() {
        long id = normalComplaint();
        assertThat(checkAt(id)).isEqualTo(T0.plus(Duration.ofMinutes(384)));

        assertThat(selectedAt(T0.plus(Duration.ofMinutes(383)))).doesNotContain(id);
        assertThat(selectedAt(T0.plus(Duration.ofMinutes(384)))).contains(id);

        // first response given at 1 h: only the resolution warning (57 h 36 min) is left to wait for
        clock.set(T0.plus(Duration.ofHours(1)));
        service.perform(id, queries.find(id).orElseThrow().version(), new ComplaintStep.Record(queries.categories().get(0).id(),
                null, "Refund the second charge", ComplaintSeverity.MINOR));
        assertThat(checkAt(id)).isEqualTo(T0.plus(Duration.ofMinutes(3456)));
        assertThat(selectedAt(T0.plus(Duration.ofHours(50)))).doesNotContain(id);
        assertThat(selectedAt(T0.plus(Duration.ofMinutes(3456)))).contains(id);

        // breached and escalated: nothing left on track, never read again
        SystemAuthentication.run(escalationAt(T0.plus(Duration.ofHours(73)))::runOnce);
        assertThat(checkAt(id)).isNull();
        assertThat(selectedAt(T0.plus(Duration.ofDays(60)))).doesNotContain(id);
    }

    @Test
    void afterAFirstResponseBreachTheResolutionWarningIsTheNextCheck() {
        long id = normalComplaint();
        SystemAuthentication.run(escalationAt(T0.plus(Duration.ofHours(9)))::runOnce);
        assertThat(queries.find(id).orElseThrow().escalated()).isTrue();
        assertThat(checkAt(id)).isEqualTo(T0.plus(Duration.ofMinutes(3456)));
    }

    @Test
    void aWaitOnTheCustomerMovesTheWarningInstantAndAWaitingComplaintIsNotRead() {
        long id = normalComplaint();
        clock.set(T0.plus(Duration.ofHours(2)));
        long version = queries.find(id).orElseThrow().version();
        ComplaintDetails waiting = service.perform(id, version, new ComplaintStep.WaitForCustomer("Copy of the invoice"));
        assertThat(selectedAt(T0.plus(Duration.ofDays(30)))).doesNotContain(id);

        clock.set(T0.plus(Duration.ofHours(12)));
        service.perform(id, waiting.version(), new ComplaintStep.CustomerReplied(null));
        // first response given at 2 h; the resolution warning moves by the 10 h wait
        assertThat(checkAt(id)).isEqualTo(T0.plus(Duration.ofMinutes(3456 + 600)));
    }

    @Test
    void aComplaintFromBeforeTheCheckInstantIsCheckedOnceAndGetsIt() {
        long id = normalComplaint();
        // as V24 leaves an open complaint of an older version
        jdbc.sql("UPDATE complaint SET sla_check_at = received_at WHERE id = ?").param(id).update();
        assertThat(selectedAt(T0)).contains(id);

        SystemAuthentication.run(escalationAt(T0)::runOnce);

        assertThat(selectedAt(T0)).doesNotContain(id);
        assertThat(jdbc.sql("SELECT sla_check_at FROM complaint WHERE id = ?").param(id).query(LocalDateTime.class).single())
                .isEqualTo(LocalDateTime.ofInstant(T0.plus(Duration.ofMinutes(384)), ZoneOffset.UTC));
    }

    private Instant checkAt(long id) {
        return complaints.findById(id).orElseThrow().getSlaCheckAt();
    }

    private ComplaintEscalation escalationAt(Instant at) {
        return new ComplaintEscalation(complaints, history, policies, jdbc, transactions, notifications,
                Clock.fixed(at, ZoneOffset.UTC), true);
    }
}
