package com.idic.crm.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.idic.crm.complaint.SlaClockView.SlaTarget;
import com.idic.crm.complaint.domain.Complaint;
import com.idic.crm.complaint.domain.ComplaintHistoryRepository;
import com.idic.crm.complaint.domain.ComplaintProcess;
import com.idic.crm.complaint.domain.ComplaintRepository;
import com.idic.crm.complaint.domain.SlaClock;
import com.idic.crm.complaint.domain.SlaPolicy;
import com.idic.crm.complaint.domain.SlaPolicyRepository;
import com.idic.crm.notification.Notice;
import com.idic.crm.notification.NotificationService;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.SystemAuthentication;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches the SLA clocks of running complaints. At the policy's warning share of a target it writes a
 * warning to the history; on a breach it raises the priority one step (at most one per complaint and pass),
 * flags the complaint escalated (the managers' escalation queue) and records the breach for good. The raise
 * does not move the SLA targets: they follow the priority people set. Safe with several application nodes
 * on one database: each warning or breach of one target in one round (reopen count) is claimed by
 * inserting a row with a unique key, in the same transaction as the action, so exactly one node acts.
 * The assignee and the managers are notified (in the app and by e-mail when mail is configured).
 */
@Component
@RolesAllowed(AppRoles.ADMIN) // runs as SystemAuthentication
public class ComplaintEscalation {

    private static final Logger log = LoggerFactory.getLogger(ComplaintEscalation.class);

    private final ComplaintRepository complaints;
    private final ComplaintHistoryRepository history;
    private final SlaPolicyRepository policies;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final NotificationService notifications;
    private final Clock clock;
    private final boolean enabled;

    ComplaintEscalation(ComplaintRepository complaints, ComplaintHistoryRepository history, SlaPolicyRepository policies,
                        JdbcClient jdbc, PlatformTransactionManager transactions, NotificationService notifications, Clock clock,
                        @Value("${crm.complaint.escalation.enabled:true}") boolean enabled) {
        this.notifications = notifications;
        this.enabled = enabled;
        this.complaints = complaints;
        this.history = history;
        this.policies = policies;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** What one pass did, for the log and the tests. */
    public record Outcome(int warned, int escalated) {
    }

    @PermitAll // the scheduler calls it with nobody signed in; the pass itself runs as SystemAuthentication
    @Scheduled(fixedDelayString = "${crm.complaint.escalation.interval:PT1M}", initialDelayString = "PT30S")
    void scheduled() {
        if (!enabled) {
            return;
        }
        SystemAuthentication.run(() -> {
            Outcome outcome = runOnce();
            if (outcome.warned() + outcome.escalated() > 0) {
                log.info("Complaint SLA check: {} warnings, {} escalations", outcome.warned(), outcome.escalated());
            }
        });
    }

    /**
     * One pass at the clock's current instant over the running complaints whose first warning instant has passed
     * (stored with the due dates); a complaint not yet near a due date is not even read.
     */
    public Outcome runOnce() {
        Instant now = clock.instant();
        SlaPolicy policy = policies.findById(SlaPolicy.ID).orElseThrow();
        double warnAt = policy.getWarningPercent() / 100.0;
        int warned = 0;
        int escalated = 0;
        for (long id : complaints.findDueForCheck(ComplaintStatus.FINISHED.stream().toList(), now)) {
            try {
                Outcome outcome = transaction.execute(status -> check(id, policy, now, warnAt));
                warned += outcome.warned();
                escalated += outcome.escalated();
            } catch (OptimisticLockingFailureException e) {
                // someone (a clerk, the other node) changed it meanwhile; nothing of this check was kept, the next pass retries
                log.debug("Complaint {} changed during the SLA check; checked again next pass", id);
            }
        }
        return new Outcome(warned, escalated);
    }

    /**
     * Both targets of one complaint in one transaction, so a complaint whose first response and resolution breach in
     * the same pass goes up one priority step, not two. A target another node already claimed is left alone.
     */
    private Outcome check(long id, SlaPolicy policy, Instant now, double warnAt) {
        Complaint complaint = complaints.findById(id).orElse(null);
        if (complaint == null || !complaint.getStatus().isOpen() || complaint.getStatus() == ComplaintStatus.WAITING_ON_CUSTOMER) {
            return new Outcome(0, 0);
        }
        ComplaintProcess process = new ComplaintProcess(policy, now, SystemAuthentication.USERNAME);
        List<SlaTarget> breached = new ArrayList<>();
        int warned = 0;
        for (SlaTarget target : SlaTarget.values()) {
            SlaClock sla = target == SlaTarget.FIRST_RESPONSE ? complaint.firstResponseClock(policy) : complaint.resolutionClock(policy);
            if (sla.metAt() != null) {
                continue;
            }
            if (sla.state(now, false) == SlaState.BREACHED) {
                if (claim(id, "BREACH_" + target, complaint.getReopenCount(), now)) {
                    breached.add(target);
                }
            } else if (sla.usedShare(now) >= warnAt && claim(id, "WARN_" + target, complaint.getReopenCount(), now)) {
                history.save(process.warning(complaint, target.name()));
                warn(complaint, target);
                warned++;
            }
        }
        if (!breached.isEmpty()) {
            history.saveAll(process.escalate(complaint, breached));
            complaints.saveAndFlush(complaint);
            breached.forEach(target -> tellBreach(complaint, target));
        } else if (complaint.awaitsFirstCheckInstant()) {
            process.recompute(complaint);
            complaints.saveAndFlush(complaint);
        }
        return new Outcome(warned, breached.size());
    }

    private void warn(Complaint complaint, SlaTarget target) {
        Notice notice = notice("warning", complaint, target);
        if (complaint.getAssignee() != null) {
            notifications.notifyUsers(List.of(complaint.getAssignee()), notice);
        } else {
            notifications.notifyRole(AppRoles.SERVICE_DESK, notice);
        }
    }

    private void tellBreach(Complaint complaint, SlaTarget target) {
        Notice notice = notice("breached", complaint, target);
        if (complaint.getAssignee() != null) {
            notifications.notifyUsers(List.of(complaint.getAssignee()), notice);
        }
        notifications.notifyRole(AppRoles.MANAGER, notice);
    }

    /** Sent in the same transaction as the claim: delivered once it commits, and once per user (the dedup key). */
    private static Notice notice(String kind, Complaint complaint, SlaTarget target) {
        return new Notice("complaint-" + kind + "-" + complaint.getId() + "-" + target.name() + "-" + complaint.getReopenCount(),
                "complaint.notice." + kind + "." + target.name(), List.of(Long.toString(complaint.getId()), complaint.getSubject()),
                "complaints/" + complaint.getId());
    }

    private boolean claim(long complaintId, String kind, int round, Instant now) {
        return jdbc.sql("INSERT IGNORE INTO complaint_escalation_claim (complaint_id, kind, round, claimed_at) VALUES (?, ?, ?, ?)")
                .params(complaintId, kind, round, LocalDateTime.ofInstant(now, ZoneOffset.UTC)).update() == 1;
    }
}
