package com.idic.crm.complaint;

import java.time.Instant;
import java.util.List;

import com.idic.crm.complaint.domain.Complaint;
import com.idic.crm.complaint.domain.ComplaintHistoryEntry;
import com.idic.crm.complaint.domain.ComplaintWorkflow;
import com.idic.crm.complaint.domain.SlaClock;
import com.idic.crm.complaint.domain.SlaPolicy;

/** Turns entities into the records callers see; the SLA clocks are read at the given instant. */
final class ComplaintViews {

    private static final ComplaintWorkflow WORKFLOW = new ComplaintWorkflow();

    private ComplaintViews() {
    }

    static ComplaintDetails details(Complaint c, String customerName, SlaPolicy policy, Instant now) {
        List<SlaClockView> clocks = List.of(
                clock(SlaClockView.SlaTarget.FIRST_RESPONSE, c.firstResponseClock(policy), c.getFirstResponseSla(),
                        c.getFirstResponseDueManual() != null, now),
                clock(SlaClockView.SlaTarget.RESOLUTION, c.resolutionClock(policy), c.getResolutionSla(),
                        c.getResolutionDueManual() != null, now));
        List<ComplaintDetails.Pause> pauses = c.pauseIntervals().stream()
                .map(p -> new ComplaintDetails.Pause(p.start(), p.end())).toList();
        return new ComplaintDetails(c.getId(), c.getVersion(), c.getCustomerId(), customerName, c.getSubject(),
                c.getDescription(), c.getChannel(), c.getPriority(), c.getSlaPriority(), c.getStatus(), c.getResumeStatus(), c.getCategoryId(),
                c.getProductOrOrder(), c.getCustomerWants(), c.getSeverity(), c.getValidityReason(), c.getRemedyType(),
                c.getRemedyAmount(), c.getRemedyNote(), c.getSatisfaction(), c.getSatisfactionComment(), c.getAssignee(),
                c.getValueTier(), c.getReceivedAt(), c.getResolvedAt(), c.getClosedAt(), c.isEscalated(), c.getReopenCount(),
                c.getDuplicateOfId(), c.getCreatedBy(), clocks, pauses, allowed(c, policy, now));
    }

    /** What the workflow allows now; a reopen only within the policy's window, so the page does not offer a refusal. */
    private static java.util.Set<ComplaintAction> allowed(Complaint c, SlaPolicy policy, Instant now) {
        java.util.Set<ComplaintAction> allowed = WORKFLOW.allowed(c.getStatus());
        if (allowed.contains(ComplaintAction.REOPEN) && (c.getResolvedAt() == null
                || now.isAfter(c.getResolvedAt().plus(java.time.Duration.ofDays(policy.getReopenDays()))))) {
            allowed.remove(ComplaintAction.REOPEN);
        }
        return allowed;
    }

    private static SlaClockView clock(SlaClockView.SlaTarget kind, SlaClock clock, SlaState recorded, boolean manualDue,
                                      Instant now) {
        SlaState state = clock.state(now, recorded == SlaState.BREACHED);
        return new SlaClockView(kind, clock.target(), clock.due(), clock.metAt(), state, clock.remaining(now),
                clock.usedShare(now), clock.isPaused(now), manualDue);
    }

    static ComplaintRow row(Complaint c, String customerName, Instant now) {
        Instant nextDue = c.getStatus() == ComplaintStatus.RECEIVED ? c.getFirstResponseDue() : c.getResolutionDue();
        boolean running = c.getStatus().isOpen() && c.getStatus() != ComplaintStatus.WAITING_ON_CUSTOMER;
        return new ComplaintRow(c.getId(), c.getCustomerId(), customerName, c.getSubject(), c.getStatus(), c.getPriority(),
                c.getAssignee(), c.getCategoryId(), c.getReceivedAt(), c.getFirstResponseDue(), c.getResolutionDue(),
                c.getFirstResponseSla(), c.getResolutionSla(), c.isEscalated(), c.getReopenCount(),
                running && nextDue != null && nextDue.isBefore(now));
    }

    /** The complaint with its SLA verdicts as they stand at {@code now} (an overdue target is breached already). */
    static ComplaintRecord record(Complaint c, String customerName, SlaPolicy policy, Instant now) {
        SlaClock first = c.firstResponseClock(policy);
        SlaClock resolution = c.resolutionClock(policy);
        return new ComplaintRecord(c.getId(), c.getCustomerId(), customerName, c.getSubject(), c.getDescription(),
                c.getChannel(), c.getPriority(), c.getStatus(), c.getCategoryId(), c.getProductOrOrder(), c.getCustomerWants(),
                c.getSeverity(), c.getValidityReason(), c.getRemedyType(), c.getRemedyAmount(), c.getRemedyNote(),
                c.getSatisfaction(), c.getSatisfactionComment(), c.getAssignee(), c.getValueTier(), c.isEscalated(),
                c.getReopenCount(), c.getDuplicateOfId(), c.getCreatedBy(), c.getReceivedAt(),
                c.getFirstResponseDue(), c.getFirstResponseAt(), verdict(first, c.getFirstResponseSla(), now),
                c.getResolutionDue(), c.getResolvedAt(), verdict(resolution, c.getResolutionSla(), now), c.getClosedAt(),
                c.getFirstResponseAt() == null ? null : first.elapsed(c.getFirstResponseAt()).toMinutes(),
                c.getResolvedAt() == null ? null : resolution.elapsed(c.getResolvedAt()).toMinutes(),
                pausedMinutes(c, now));
    }

    /** A recorded verdict stands; an open target is judged by its clock now, so an overdue one is breached. */
    private static SlaState verdict(SlaClock clock, SlaState recorded, Instant now) {
        return recorded == SlaState.ONGOING ? clock.state(now, false) : recorded;
    }

    private static long pausedMinutes(Complaint c, Instant now) {
        long seconds = c.pauseIntervals().stream()
                .mapToLong(p -> java.time.Duration.between(p.start(), p.isOpen() ? now : p.end()).getSeconds())
                .filter(s -> s > 0).sum();
        return seconds / 60;
    }

    static HistoryLine line(ComplaintHistoryEntry e) {
        return new HistoryLine(e.getAt(), e.getUsername(), e.getKind(), e.getField(), e.getFromValue(), e.getToValue(),
                e.getNote());
    }
}
