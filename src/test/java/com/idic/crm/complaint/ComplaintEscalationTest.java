package com.idic.crm.complaint;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import com.idic.crm.complaint.domain.ComplaintHistoryRepository;
import com.idic.crm.complaint.domain.ComplaintRepository;
import com.idic.crm.complaint.domain.SlaPolicyRepository;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "desk", roles = AppRoles.SERVICE_DESK)
class ComplaintEscalationTest {

    @Autowired ComplaintService service;
    @Autowired ComplaintQueries queries;
    @Autowired CustomerService customers;
    @Autowired ComplaintRepository complaints;
    @Autowired ComplaintHistoryRepository history;
    @Autowired SlaPolicyRepository policies;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired com.idic.crm.notification.NotificationService notifications;

    private long notices(String username, long complaintId) {
        return jdbc.sql("SELECT COUNT(*) FROM notice WHERE username = ? AND route = ?").params(username, "complaints/" + complaintId)
                .query(Long.class).single();
    }

    /** The job as it would run {@code ahead} from now (a second node is just another instance). */
    private ComplaintEscalation jobAt(Duration ahead) {
        return new ComplaintEscalation(complaints, history, policies, jdbc, transactions, notifications,
                Clock.offset(Clock.systemDefaultZone(), ahead), true);
    }

    private long complaint() {
        long customerId = customers.create(new NewCustomer("Escalated " + ThreadLocalRandom.current().nextInt(), CustomerType.INDIVIDUAL));
        return service.create(new NewComplaint(customerId, "No answer", "Nobody called back", ComplaintChannel.PHONE,
                ComplaintPriority.NORMAL));
    }

    private List<HistoryKind> kinds(long id) {
        return queries.history(id).stream().map(HistoryLine::kind).toList();
    }

    @Test
    void aWarningAtEightyPercentThenOnBreachThePriorityGoesUpOnceAndTheComplaintIsEscalated() {
        long id = complaint();

        SystemAuthentication.run(() -> jobAt(Duration.ofHours(6)).runOnce());
        assertThat(kinds(id)).doesNotContain(HistoryKind.SLA_WARNING);

        // NORMAL: 8 h to the first response; 6 h 30 min is 81 %
        SystemAuthentication.run(() -> jobAt(Duration.ofMinutes(390)).runOnce());
        assertThat(kinds(id)).containsOnlyOnce(HistoryKind.SLA_WARNING);
        SystemAuthentication.run(() -> jobAt(Duration.ofMinutes(400)).runOnce());
        assertThat(kinds(id)).containsOnlyOnce(HistoryKind.SLA_WARNING);

        SystemAuthentication.run(() -> jobAt(Duration.ofHours(9)).runOnce());
        ComplaintDetails escalated = queries.find(id).orElseThrow();
        assertThat(escalated.escalated()).isTrue();
        assertThat(escalated.priority()).isEqualTo(ComplaintPriority.HIGH);
        assertThat(escalated.clocks().get(0).state()).isEqualTo(SlaState.BREACHED);
        assertThat(kinds(id)).containsOnlyOnce(HistoryKind.ESCALATED).containsOnlyOnce(HistoryKind.PRIORITY);
        assertThat(queries.page(new ComplaintFilter(null, null, null, false, null, null, escalated.customerId(), true, true),
                org.springframework.data.domain.PageRequest.of(0, 5))).extracting(ComplaintRow::id).containsExactly(id);

        SystemAuthentication.run(() -> jobAt(Duration.ofHours(10)).runOnce());
        assertThat(queries.find(id).orElseThrow().priority()).isEqualTo(ComplaintPriority.HIGH);
        assertThat(kinds(id)).containsOnlyOnce(HistoryKind.ESCALATED);
    }

    @Test
    void twoNodesCheckingAtOnceEscalateOnlyOnce() {
        long id = complaint();
        service.take(id, queries.find(id).orElseThrow().version());
        ComplaintEscalation nodeA = jobAt(Duration.ofHours(9));
        ComplaintEscalation nodeB = jobAt(Duration.ofHours(9));

        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> SystemAuthentication.run(nodeA::runOnce));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> SystemAuthentication.run(nodeB::runOnce));
        CompletableFuture.allOf(a, b).join();

        assertThat(kinds(id)).containsOnlyOnce(HistoryKind.ESCALATED);
        assertThat(queries.find(id).orElseThrow().priority()).isEqualTo(ComplaintPriority.HIGH);
        // the assignee is told once, whichever node escalated
        assertThat(notices("desk", id)).isEqualTo(1);
    }

    @Test
    void aComplaintWaitingOnTheCustomerIsNotEscalated() {
        long id = complaint();
        service.perform(id, queries.find(id).orElseThrow().version(), new ComplaintStep.WaitForCustomer("Asked for the order number"));

        SystemAuthentication.run(() -> jobAt(Duration.ofDays(10)).runOnce());

        assertThat(queries.find(id).orElseThrow().escalated()).isFalse();
        assertThat(kinds(id)).doesNotContain(HistoryKind.ESCALATED);
    }
}
