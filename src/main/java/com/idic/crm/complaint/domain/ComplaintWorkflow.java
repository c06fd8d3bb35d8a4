package com.idic.crm.complaint.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import com.idic.crm.complaint.ComplaintAction;
import com.idic.crm.complaint.ComplaintRefusedException;
import com.idic.crm.complaint.ComplaintStatus;

import static com.idic.crm.complaint.ComplaintAction.*;
import static com.idic.crm.complaint.ComplaintStatus.*;

/**
 * The complaint state machine: which action is allowed in which state and where it leads. The service
 * asks it before every change, so an illegal transition is refused whatever the caller (view, API, job).
 */
public final class ComplaintWorkflow {

    /** States from which the clerk may put the complaint on hold until the customer answers. */
    private static final Set<ComplaintStatus> MAY_WAIT =
            EnumSet.of(RECEIVED, RECORDED, VALID, SOLUTION_PROPOSED, SOLUTION_ACCEPTED);
    private static final Set<ComplaintStatus> MAY_BE_DUPLICATE = EnumSet.of(RECEIVED, RECORDED, VALID, WAITING_ON_CUSTOMER);
    private static final Set<ComplaintStatus> MAY_REOPEN = EnumSet.of(RESOLVED, FOLLOWED_UP, CLOSED);

    private static final Map<ComplaintAction, Map<ComplaintStatus, ComplaintStatus>> STEPS = new EnumMap<>(ComplaintAction.class);

    static {
        step(RECORD, RECEIVED, RECORDED);
        step(JUDGE_VALID, RECORDED, VALID);
        step(JUDGE_INVALID, RECORDED, INVALID);
        step(PROPOSE_SOLUTION, VALID, SOLUTION_PROPOSED);
        step(CUSTOMER_ACCEPTS, SOLUTION_PROPOSED, SOLUTION_ACCEPTED);
        step(CUSTOMER_DECLINES, SOLUTION_PROPOSED, VALID);
        step(RESOLVE, SOLUTION_ACCEPTED, RESOLVED);
        step(FOLLOW_UP, RESOLVED, FOLLOWED_UP);
        step(CLOSE, FOLLOWED_UP, CLOSED);
        MAY_WAIT.forEach(from -> step(WAIT_FOR_CUSTOMER, from, WAITING_ON_CUSTOMER));
        MAY_BE_DUPLICATE.forEach(from -> step(MARK_DUPLICATE, from, DUPLICATE));
        // a reopened complaint goes back to finding a solution: its validity was already judged
        MAY_REOPEN.forEach(from -> step(REOPEN, from, VALID));
    }

    private static void step(ComplaintAction action, ComplaintStatus from, ComplaintStatus to) {
        STEPS.computeIfAbsent(action, a -> new EnumMap<>(ComplaintStatus.class)).put(from, to);
    }

    /** The actions allowed in the state, in the order the workflow defines them. */
    public Set<ComplaintAction> allowed(ComplaintStatus from) {
        Set<ComplaintAction> allowed = EnumSet.noneOf(ComplaintAction.class);
        STEPS.forEach((action, froms) -> {
            if (froms.containsKey(from)) {
                allowed.add(action);
            }
        });
        if (from == WAITING_ON_CUSTOMER) {
            allowed.add(CUSTOMER_REPLIED);
        }
        return allowed;
    }

    /**
     * The state the action leads to; {@code resumeTo} is where a complaint waiting on the customer goes back
     * to when the customer replies.
     *
     * @throws ComplaintRefusedException when the action is not allowed in the state
     */
    public ComplaintStatus next(ComplaintStatus from, ComplaintAction action, ComplaintStatus resumeTo) {
        if (action == CUSTOMER_REPLIED) {
            if (from != WAITING_ON_CUSTOMER || resumeTo == null || !MAY_WAIT.contains(resumeTo)) {
                throw illegal(from, action);
            }
            return resumeTo;
        }
        ComplaintStatus to = STEPS.getOrDefault(action, Map.of()).get(from);
        if (to == null) {
            throw illegal(from, action);
        }
        return to;
    }

    /** A finished complaint may be reopened only within {@code reopenDays} of being resolved. */
    public void checkReopenWindow(Instant resolvedAt, Instant now, int reopenDays) {
        if (resolvedAt == null || now.isAfter(resolvedAt.plus(Duration.ofDays(reopenDays)))) {
            throw new ComplaintRefusedException("complaint.refused.reopenWindow", reopenDays);
        }
    }

    private static ComplaintRefusedException illegal(ComplaintStatus from, ComplaintAction action) {
        return new ComplaintRefusedException("complaint.refused.transition", action, from);
    }
}
