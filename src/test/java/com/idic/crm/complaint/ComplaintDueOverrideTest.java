package com.idic.crm.complaint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.idic.crm.complaint.SlaClockView.SlaTarget;
import com.idic.crm.complaint.domain.ComplaintHistoryRepository;
import com.idic.crm.complaint.domain.ComplaintRepository;
import com.idic.crm.complaint.domain.SlaPolicyRepository;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.notification.NotificationService;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.SystemAuthentication;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Due dates set by hand, at exact instants: T0 is when each complaint is received. */
@SpringBootTest
@ActiveProfiles("test")
@Import(SettableClock.Config.class)
@WithMockUser(username = "desk", roles = AppRoles.SERVICE_DESK)
class ComplaintDueOverrideTest {

    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    @Autowired SettableClock clock;
    @Autowired ComplaintService service;
    @Autowired ComplaintQueries queries;
    @Autowired SlaPolicyService policies;
    @Autowired CustomerService customers;
    @Autowired ComplaintRepository complaints;
    @Autowired ComplaintHistoryRepository history;
    @Autowired SlaPolicyRepository policyRows;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired NotificationService notifications;

    @BeforeEach
    void receivedAtT0() {
        clock.set(T0);
    }

    private long normalComplaint() {
        long customerId = customers.create(new NewCustomer("Due " + ThreadLocalRandom.current().nextInt(), CustomerType.INDIVIDUAL));
        return service.create(new NewComplaint(customerId, "Kettle leaks", "Water under the kettle", ComplaintChannel.PHONE,
                ComplaintPriority.NORMAL));
    }

    /** Taken by desk and recorded at T0 + 1 h, so the first response is given and only the resolution clock runs. */
    private long recordedComplaint() {
        long id = normalComplaint();
        clock.set(T0.plus(Duration.ofHours(1)));
        ComplaintDetails d = service.take(id, find(id).version());
        service.perform(id, d.version(), new ComplaintStep.Record(queries.categories().get(0).id(), null, "A new kettle",
                ComplaintSeverity.MINOR));
        return id;
    }

    private ComplaintDetails find(long id) {
        return queries.find(id).orElseThrow();
    }

    private SlaClockView resolution(long id) {
        return find(id).clocks().get(1);
    }

    private List<HistoryLine> overrides(long id) {
        return queries.history(id).stream().filter(l -> l.kind() == HistoryKind.DUE_OVERRIDE).toList();
    }

    private ComplaintEscalation.Outcome jobAt(Instant at) {
        ComplaintEscalation job = new ComplaintEscalation(complaints, history, policyRows, jdbc, transactions, notifications,
                Clock.fixed(at, ZoneOffset.UTC), true);
        return SystemAuthentication.call(job::runOnce);
    }

    private List<HistoryKind> kinds(long id) {
        return queries.history(id).stream().map(HistoryLine::kind).toList();
    }

    private static Instant t0Plus(long hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    @Test
    void theAssigneeSetsTheResolutionDueAndTheClockWarningAndBreachFollowIt() {
        long id = recordedComplaint();
        assertThat(resolution(id).due()).isEqualTo(t0Plus(72));

        ComplaintDetails d = service.overrideDue(id, find(id).version(), new DueOverride(null, t0Plus(120), "Customer is away until Friday"));

        SlaClockView clock = d.clocks().get(1);
        assertThat(clock.due()).isEqualTo(t0Plus(120));
        assertThat(clock.manualDue()).isTrue();
        assertThat(clock.target()).isEqualTo(Duration.ofHours(120));
        assertThat(d.clocks().get(0).manualDue()).isFalse();
        assertThat(overrides(id)).singleElement().satisfies(line -> {
            assertThat(line.username()).isEqualTo("desk");
            assertThat(line.field()).isEqualTo("RESOLUTION");
            assertThat(line.from()).isEqualTo(t0Plus(72).toString());
            assertThat(line.to()).isEqualTo(t0Plus(120).toString());
            assertThat(line.note()).isEqualTo("Customer is away until Friday");
        });
        assertThat(complaints.findById(id).orElseThrow().getResolutionDue()).isEqualTo(t0Plus(120));

        // by the policy it would have breached at 72 h; the manual target of 120 h warns at 96 h (80 %)
        jobAt(t0Plus(95));
        assertThat(kinds(id)).doesNotContain(HistoryKind.SLA_WARNING, HistoryKind.ESCALATED);
        jobAt(t0Plus(96));
        assertThat(kinds(id)).containsOnlyOnce(HistoryKind.SLA_WARNING).doesNotContain(HistoryKind.ESCALATED);
        jobAt(t0Plus(120));
        assertThat(find(id).escalated()).isFalse();
        jobAt(t0Plus(120).plusSeconds(1));
        assertThat(find(id).escalated()).isTrue();
        assertThat(resolution(id).state()).isEqualTo(SlaState.BREACHED);
    }

    @Test
    void bothDueDatesCanBeSetWhileNoFirstResponseWasGivenAndAWaitOnTheCustomerStillMovesThem() {
        long id = normalComplaint();
        clock.set(t0Plus(1));
        ComplaintDetails d = service.take(id, find(id).version());
        d = service.overrideDue(id, d.version(), new DueOverride(t0Plus(4), t0Plus(48), "Agreed by phone"));
        assertThat(d.clocks().get(0).due()).isEqualTo(t0Plus(4));
        assertThat(d.clocks().get(1).due()).isEqualTo(t0Plus(48));
        assertThat(overrides(id)).extracting(HistoryLine::field).containsExactlyInAnyOrder("FIRST_RESPONSE", "RESOLUTION");

        clock.set(t0Plus(2));
        d = service.perform(id, d.version(), new ComplaintStep.WaitForCustomer("Photo of the leak"));
        clock.set(t0Plus(5));
        d = service.perform(id, d.version(), new ComplaintStep.CustomerReplied(null));

        // the 3 h wait after the due dates were set moves the resolution due; the first response was given at 2 h
        assertThat(d.clocks().get(1).due()).isEqualTo(t0Plus(51));
        assertThat(d.clocks().get(0).state()).isEqualTo(SlaState.MET);
    }

    @Test
    void aLaterPolicyChangeKeepsTheDueSetByHandAndMovesTheOthers() {
        long manual = recordedComplaint();
        service.overrideDue(manual, find(manual).version(), new DueOverride(null, t0Plus(100), "Parts arrive on Thursday"));
        clock.set(T0);
        long byPolicy = recordedComplaint();

        SlaSettings before = SystemAuthentication.call(policies::current);
        List<SlaSettings.Target> shorter = before.targets().stream().map(t -> t.priority() == ComplaintPriority.NORMAL
                ? new SlaSettings.Target(t.priority(), t.firstResponseMinutes(), 48 * 60) : t).toList();
        asManager(() -> policies.save(withTargets(before, shorter)));
        try {
            assertThat(resolution(manual).due()).isEqualTo(t0Plus(100));
            assertThat(resolution(manual).manualDue()).isTrue();
            assertThat(complaints.findById(manual).orElseThrow().getResolutionDue()).isEqualTo(t0Plus(100));
            assertThat(resolution(byPolicy).due()).isEqualTo(t0Plus(48));
        } finally {
            asManager(() -> policies.save(withTargets(SystemAuthentication.call(policies::current), before.targets())));
        }
    }

    @Test
    void aDueDateNotInTheFutureIsRefusedAndNothingIsSaved() {
        long id = recordedComplaint();
        ComplaintDetails seen = find(id);

        assertThatThrownBy(() -> service.overrideDue(id, seen.version(), new DueOverride(null, t0Plus(1).minusSeconds(60), "Too late")))
                .isInstanceOfSatisfying(ComplaintRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("complaint.refused.duePast");
                    assertThat(e.arguments()).containsExactly(SlaTarget.RESOLUTION);
                });
        // exactly now is not in the future either
        assertThatThrownBy(() -> service.overrideDue(id, seen.version(), new DueOverride(null, t0Plus(1), "Now")))
                .isInstanceOf(ComplaintRefusedException.class);

        ComplaintDetails after = find(id);
        assertThat(after.version()).isEqualTo(seen.version());
        assertThat(after.clocks().get(1).due()).isEqualTo(t0Plus(72));
        assertThat(after.clocks().get(1).manualDue()).isFalse();
        assertThat(overrides(id)).isEmpty();
    }

    @Test
    void whatCannotBeOverriddenIsRefusedWithTheReason() {
        long id = recordedComplaint();
        long version = find(id).version();
        assertThatThrownBy(() -> service.overrideDue(id, version, new DueOverride(t0Plus(5), null, "First response")))
                .isInstanceOfSatisfying(ComplaintRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("complaint.refused.dueMet"));
        assertThatThrownBy(() -> service.overrideDue(id, version, new DueOverride(null, null, "Nothing")))
                .isInstanceOfSatisfying(ComplaintRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("complaint.refused.dueMissing"));
        assertThatThrownBy(() -> service.overrideDue(id, version, new DueOverride(null, t0Plus(80), " ")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> service.overrideDue(id, version - 1, new DueOverride(null, t0Plus(80), "Stale")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        ComplaintDetails waiting = service.perform(id, version, new ComplaintStep.WaitForCustomer("Receipt"));
        assertThatThrownBy(() -> service.overrideDue(id, waiting.version(), new DueOverride(null, t0Plus(80), "Waiting")))
                .isInstanceOfSatisfying(ComplaintRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("complaint.refused.duePaused"));

        ComplaintDetails invalid = service.perform(id, waiting.version(), new ComplaintStep.CustomerReplied(null));
        ComplaintDetails closed = service.perform(id, invalid.version(), new ComplaintStep.JudgeInvalid("Not our kettle"));
        assertThatThrownBy(() -> service.overrideDue(id, closed.version(), new DueOverride(null, t0Plus(80), "Closed")))
                .isInstanceOfSatisfying(ComplaintRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("complaint.refused.dueFinished"));
        assertThat(overrides(id)).isEmpty();
    }

    @Test
    void anAgentWhoIsNotTheAssigneeIsRefusedAndAManagerMayOverride() {
        long id = recordedComplaint(); // assigned to desk
        long version = find(id).version();
        runAs("desk2", AppRoles.SERVICE_DESK, () -> assertThatThrownBy(
                () -> service.overrideDue(id, version, new DueOverride(null, t0Plus(80), "Not mine")))
                .isInstanceOfSatisfying(ComplaintRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("complaint.refused.dueNotAssignee")));

        asManager(() -> service.overrideDue(id, version, new DueOverride(null, t0Plus(80), "Escalated by the customer")));
        assertThat(overrides(id)).singleElement().extracting(HistoryLine::username).isEqualTo("manager");
    }

    @Test
    @WithMockUser(username = "marketer", roles = AppRoles.MARKETER)
    void aMarketerCannotSetDueDates() {
        assertThatThrownBy(() -> service.overrideDue(1L, 0, new DueOverride(null, t0Plus(80), "Marketing")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void asManager(Runnable work) {
        runAs("manager", AppRoles.MANAGER, work);
    }

    private static void runAs(String username, String role, Runnable work) {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var user = org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_" + role)));
        var previous = context.getAuthentication();
        context.setAuthentication(user);
        try {
            work.run();
        } finally {
            context.setAuthentication(previous);
        }
    }

    private static SlaSettings withTargets(SlaSettings s, List<SlaSettings.Target> targets) {
        return new SlaSettings(s.version(), targets, s.platinumFactor(), s.goldFactor(), s.businessHours(), s.workingDays(),
                s.workStart(), s.workEnd(), s.holidays(), s.timeZone(), s.warningPercent(), s.reopenDays(), s.changedBy());
    }
}
