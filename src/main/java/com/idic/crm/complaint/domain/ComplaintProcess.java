package com.idic.crm.complaint.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.idic.crm.complaint.ComplaintPriority;
import com.idic.crm.complaint.ComplaintRefusedException;
import com.idic.crm.complaint.ComplaintStatus;
import com.idic.crm.complaint.ComplaintStep;
import com.idic.crm.complaint.DueOverride;
import com.idic.crm.complaint.HistoryKind;
import com.idic.crm.complaint.SlaClockView.SlaTarget;
import com.idic.crm.complaint.SlaState;

/**
 * Applies one change to a complaint at one instant by one user: asks the workflow, sets the fields,
 * moves the SLA clocks (first response, pauses, resolution, reopen) and returns the history lines that
 * tell what happened. No database here; the service loads, checks versions and saves.
 */
public final class ComplaintProcess {

    private final ComplaintWorkflow workflow = new ComplaintWorkflow();
    private final SlaPolicy policy;
    private final Instant now;
    private final String user;

    public ComplaintProcess(SlaPolicy policy, Instant now, String user) {
        this.policy = policy;
        this.now = now;
        this.user = user;
    }

    /** Due dates of a complaint just received. */
    public void receive(Complaint complaint) {
        complaint.recomputeSla(policy, now);
    }

    public List<ComplaintHistoryEntry> perform(Complaint complaint, ComplaintStep step) {
        ComplaintStatus from = complaint.getStatus();
        ComplaintStatus to = workflow.next(from, step.action(), complaint.getResumeStatus());
        List<ComplaintHistoryEntry> history = new ArrayList<>();
        String note = apply(complaint, step, history);
        if (from == ComplaintStatus.RECEIVED && complaint.getFirstResponseAt() == null) {
            complaint.setFirstResponseAt(now);
        }
        if (from == ComplaintStatus.WAITING_ON_CUSTOMER) {
            complaint.endPause(now);
            complaint.setResumeStatus(null);
        }
        complaint.setStatus(to);
        finish(complaint, to);
        complaint.recomputeSla(policy, now);
        // last, so the newest-first timeline shows the step above the fields it set
        history.add(entry(complaint, HistoryKind.STATUS, null, from, to, note));
        return history;
    }

    private String apply(Complaint complaint, ComplaintStep step, List<ComplaintHistoryEntry> history) {
        if (step instanceof ComplaintStep.Record r) {
            field(complaint, history, "category", complaint.getCategoryId(), r.categoryId());
            field(complaint, history, "productOrOrder", complaint.getProductOrOrder(), blankToNull(r.productOrOrder()));
            field(complaint, history, "customerWants", complaint.getCustomerWants(), r.customerWants().trim());
            field(complaint, history, "severity", complaint.getSeverity(), r.severity());
            complaint.setCategoryId(r.categoryId());
            complaint.setProductOrOrder(blankToNull(r.productOrOrder()));
            complaint.setCustomerWants(r.customerWants().trim());
            complaint.setSeverity(r.severity());
            return null;
        }
        if (step instanceof ComplaintStep.JudgeInvalid i) {
            complaint.setValidityReason(i.reason().trim());
            return i.reason().trim();
        }
        if (step instanceof ComplaintStep.ProposeSolution p) {
            field(complaint, history, "remedyType", complaint.getRemedyType(), p.remedyType());
            field(complaint, history, "remedyAmount", complaint.getRemedyAmount(), p.amount());
            complaint.setRemedyType(p.remedyType());
            complaint.setRemedyAmount(p.amount());
            complaint.setRemedyNote(blankToNull(p.note()));
            return blankToNull(p.note());
        }
        if (step instanceof ComplaintStep.FollowUp f) {
            field(complaint, history, "satisfaction", complaint.getSatisfaction(), f.satisfaction());
            complaint.setSatisfaction(f.satisfaction());
            complaint.setSatisfactionComment(blankToNull(f.comment()));
            return blankToNull(f.comment());
        }
        if (step instanceof ComplaintStep.WaitForCustomer w) {
            complaint.setResumeStatus(complaint.getStatus());
            complaint.startPause(now);
            return w.note().trim();
        }
        if (step instanceof ComplaintStep.MarkDuplicate d) {
            complaint.setDuplicateOfId(d.survivingComplaintId());
            return "#" + d.survivingComplaintId();
        }
        if (step instanceof ComplaintStep.Reopen r) {
            workflow.checkReopenWindow(complaint.getResolvedAt(), now, policy.getReopenDays());
            // the time the customer had the solution does not count against the resolution target
            complaint.startPause(complaint.getResolvedAt());
            complaint.endPause(now);
            complaint.reopened(now);
            complaint.setResolvedAt(null);
            complaint.setClosedAt(null);
            if (complaint.getResolutionSla() == SlaState.MET) {
                complaint.setResolutionSla(SlaState.ONGOING);
            }
            return r.reason().trim();
        }
        return blankToNull(noteOf(step));
    }

    private static String noteOf(ComplaintStep step) {
        if (step instanceof ComplaintStep.JudgeValid v) {
            return v.note();
        }
        if (step instanceof ComplaintStep.CustomerAccepts a) {
            return a.note();
        }
        if (step instanceof ComplaintStep.CustomerDeclines d) {
            return d.note();
        }
        if (step instanceof ComplaintStep.Resolve r) {
            return r.note();
        }
        if (step instanceof ComplaintStep.Close c) {
            return c.note();
        }
        if (step instanceof ComplaintStep.CustomerReplied r) {
            return r.note();
        }
        return null;
    }

    private void finish(Complaint complaint, ComplaintStatus to) {
        switch (to) {
            case RESOLVED -> complaint.setResolvedAt(now);
            case INVALID, DUPLICATE -> {
                complaint.setResolvedAt(now);
                complaint.setClosedAt(now);
            }
            case CLOSED -> complaint.setClosedAt(now);
            default -> { }
        }
    }

    public List<ComplaintHistoryEntry> assign(Complaint complaint, String assignee) {
        if (Objects.equals(complaint.getAssignee(), assignee)) {
            return List.of();
        }
        ComplaintHistoryEntry entry = entry(complaint, HistoryKind.ASSIGNEE, null, complaint.getAssignee(), assignee, null);
        complaint.setAssignee(assignee);
        return List.of(entry);
    }

    /** A person sets the priority: the SLA targets follow it from now on (a due date set by hand stays). */
    public List<ComplaintHistoryEntry> changePriority(Complaint complaint, ComplaintPriority priority, String note) {
        if (complaint.getPriority() == priority) {
            return List.of();
        }
        ComplaintHistoryEntry entry = entry(complaint, HistoryKind.PRIORITY, null, complaint.getPriority(), priority, note);
        complaint.setPriority(priority);
        complaint.setSlaPriority(priority);
        complaint.recomputeSla(policy, now);
        return List.of(entry);
    }

    /**
     * Sets due dates by hand. Refused, with nothing changed, for a finished complaint, while it waits on the customer
     * (its due date is unknown then), for a target already reached and for a due date that is not in the future.
     */
    public List<ComplaintHistoryEntry> overrideDue(Complaint complaint, DueOverride override) {
        if (!complaint.getStatus().isOpen()) {
            throw new ComplaintRefusedException("complaint.refused.dueFinished", complaint.getStatus());
        }
        if (complaint.getStatus() == ComplaintStatus.WAITING_ON_CUSTOMER) {
            throw new ComplaintRefusedException("complaint.refused.duePaused");
        }
        if (override.firstResponseDue() == null && override.resolutionDue() == null) {
            throw new ComplaintRefusedException("complaint.refused.dueMissing");
        }
        checkDue(SlaTarget.FIRST_RESPONSE, override.firstResponseDue(), complaint.getFirstResponseAt());
        checkDue(SlaTarget.RESOLUTION, override.resolutionDue(), complaint.getResolvedAt());
        List<ComplaintHistoryEntry> history = new ArrayList<>();
        String reason = override.reason().trim();
        if (override.firstResponseDue() != null) {
            history.add(entry(complaint, HistoryKind.DUE_OVERRIDE, SlaTarget.FIRST_RESPONSE.name(),
                    complaint.firstResponseClock(policy).due(), override.firstResponseDue(), reason));
            complaint.setFirstResponseDueManual(override.firstResponseDue(), now);
        }
        if (override.resolutionDue() != null) {
            history.add(entry(complaint, HistoryKind.DUE_OVERRIDE, SlaTarget.RESOLUTION.name(),
                    complaint.resolutionClock(policy).due(), override.resolutionDue(), reason));
            complaint.setResolutionDueManual(override.resolutionDue(), now);
        }
        complaint.recomputeSla(policy, now);
        return history;
    }

    private void checkDue(SlaTarget target, Instant due, Instant metAt) {
        if (due == null) {
            return;
        }
        if (metAt != null) {
            throw new ComplaintRefusedException("complaint.refused.dueMet", target);
        }
        if (!due.isAfter(now)) {
            throw new ComplaintRefusedException("complaint.refused.duePast", target);
        }
    }

    public List<ComplaintHistoryEntry> editDetails(Complaint complaint, String subject, String description) {
        List<ComplaintHistoryEntry> history = new ArrayList<>();
        field(complaint, history, "subject", complaint.getSubject(), subject.trim());
        field(complaint, history, "description", complaint.getDescription(), description.trim());
        complaint.setSubject(subject.trim());
        complaint.setDescription(description.trim());
        return history;
    }

    public ComplaintHistoryEntry note(Complaint complaint, String text) {
        return entry(complaint, HistoryKind.NOTE, null, null, null, text.trim());
    }

    /** The policy changed: due dates follow it; breaches already recorded stay. */
    public void recompute(Complaint complaint) {
        complaint.recomputeSla(policy, now);
    }

    /**
     * Targets were breached: the priority one step up (once, however many targets breached at this instant) and the
     * complaint escalated. The SLA targets stay as people set them: a raise by escalation must not shorten the due
     * dates and so make the overdue time grow. Returns the history lines (priority, one escalation per target).
     */
    public List<ComplaintHistoryEntry> escalate(Complaint complaint, List<SlaTarget> breached) {
        List<ComplaintHistoryEntry> history = new ArrayList<>();
        ComplaintPriority raised = complaint.getPriority().raised();
        if (raised != complaint.getPriority()) {
            history.add(entry(complaint, HistoryKind.PRIORITY, null, complaint.getPriority(), raised, null));
            complaint.setPriority(raised);
        }
        complaint.escalate(now);
        complaint.recomputeSla(policy, now);
        breached.forEach(target -> history.add(entry(complaint, HistoryKind.ESCALATED, target.name(), null, null, null)));
        return history;
    }

    public ComplaintHistoryEntry warning(Complaint complaint, String target) {
        return entry(complaint, HistoryKind.SLA_WARNING, target, null, null, null);
    }

    public ComplaintHistoryEntry created(Complaint complaint) {
        return entry(complaint, HistoryKind.CREATED, null, null, ComplaintStatus.RECEIVED, complaint.getSubject());
    }

    private void field(Complaint complaint, List<ComplaintHistoryEntry> history, String name, Object from, Object to) {
        boolean same = from instanceof java.math.BigDecimal a && to instanceof java.math.BigDecimal b
                ? a.compareTo(b) == 0 : Objects.equals(from, to);
        if (!same) {
            history.add(entry(complaint, HistoryKind.FIELD, name, from, to, null));
        }
    }

    private ComplaintHistoryEntry entry(Complaint complaint, HistoryKind kind, String field, Object from, Object to, String note) {
        return new ComplaintHistoryEntry(complaint.getId(), now, user, kind, field, from, to, note);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
