package com.idic.crm.complaint.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import com.idic.crm.complaint.ComplaintAction;
import com.idic.crm.complaint.ComplaintRefusedException;
import com.idic.crm.complaint.ComplaintStatus;
import org.junit.jupiter.api.Test;

import static com.idic.crm.complaint.ComplaintAction.*;
import static com.idic.crm.complaint.ComplaintStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintWorkflowTest {

    private final ComplaintWorkflow workflow = new ComplaintWorkflow();

    /** The state diagram, written out independently of the implementation. */
    private static final Map<ComplaintStatus, Map<ComplaintAction, ComplaintStatus>> LEGAL = new EnumMap<>(ComplaintStatus.class);

    static {
        legal(RECEIVED, RECORD, RECORDED);
        legal(RECEIVED, WAIT_FOR_CUSTOMER, WAITING_ON_CUSTOMER);
        legal(RECEIVED, MARK_DUPLICATE, DUPLICATE);
        legal(RECORDED, JUDGE_VALID, VALID);
        legal(RECORDED, JUDGE_INVALID, INVALID);
        legal(RECORDED, WAIT_FOR_CUSTOMER, WAITING_ON_CUSTOMER);
        legal(RECORDED, MARK_DUPLICATE, DUPLICATE);
        legal(VALID, PROPOSE_SOLUTION, SOLUTION_PROPOSED);
        legal(VALID, WAIT_FOR_CUSTOMER, WAITING_ON_CUSTOMER);
        legal(VALID, MARK_DUPLICATE, DUPLICATE);
        legal(SOLUTION_PROPOSED, CUSTOMER_ACCEPTS, SOLUTION_ACCEPTED);
        legal(SOLUTION_PROPOSED, CUSTOMER_DECLINES, VALID);
        legal(SOLUTION_PROPOSED, WAIT_FOR_CUSTOMER, WAITING_ON_CUSTOMER);
        legal(SOLUTION_ACCEPTED, RESOLVE, RESOLVED);
        legal(SOLUTION_ACCEPTED, WAIT_FOR_CUSTOMER, WAITING_ON_CUSTOMER);
        legal(RESOLVED, FOLLOW_UP, FOLLOWED_UP);
        legal(RESOLVED, REOPEN, VALID);
        legal(FOLLOWED_UP, CLOSE, CLOSED);
        legal(FOLLOWED_UP, REOPEN, VALID);
        legal(CLOSED, REOPEN, VALID);
        legal(WAITING_ON_CUSTOMER, CUSTOMER_REPLIED, SOLUTION_PROPOSED); // resumes where it waited (see below)
        legal(WAITING_ON_CUSTOMER, MARK_DUPLICATE, DUPLICATE);
    }

    private static void legal(ComplaintStatus from, ComplaintAction action, ComplaintStatus to) {
        LEGAL.computeIfAbsent(from, f -> new EnumMap<>(ComplaintAction.class)).put(action, to);
    }

    @Test
    void everyLegalTransitionLeadsWhereTheDiagramSaysAndEveryOtherIsRefused() {
        int legalCount = 0;
        int refusedCount = 0;
        for (ComplaintStatus from : ComplaintStatus.values()) {
            for (ComplaintAction action : ComplaintAction.values()) {
                ComplaintStatus expected = LEGAL.getOrDefault(from, Map.of()).get(action);
                if (expected != null) {
                    assertThat(workflow.next(from, action, SOLUTION_PROPOSED)).as(from + " + " + action).isEqualTo(expected);
                    assertThat(workflow.allowed(from)).as(from + " allows " + action).contains(action);
                    legalCount++;
                } else {
                    assertThatThrownBy(() -> workflow.next(from, action, SOLUTION_PROPOSED)).as(from + " + " + action)
                            .isInstanceOf(ComplaintRefusedException.class)
                            .satisfies(e -> assertThat(((ComplaintRefusedException) e).messageKey())
                                    .isEqualTo("complaint.refused.transition"))
                            .satisfies(e -> assertThat(((ComplaintRefusedException) e).arguments()).containsExactly(action, from));
                    assertThat(workflow.allowed(from)).as(from + " does not allow " + action).doesNotContain(action);
                    refusedCount++;
                }
            }
        }
        assertThat(legalCount).isEqualTo(22);
        assertThat(refusedCount).isEqualTo(ComplaintStatus.values().length * ComplaintAction.values().length - 22);
    }

    @Test
    void aReplyResumesTheStateTheComplaintWaitedIn() {
        for (ComplaintStatus waitedIn : new ComplaintStatus[] {RECEIVED, RECORDED, VALID, SOLUTION_PROPOSED, SOLUTION_ACCEPTED}) {
            assertThat(workflow.next(WAITING_ON_CUSTOMER, CUSTOMER_REPLIED, waitedIn)).isEqualTo(waitedIn);
        }
        assertThatThrownBy(() -> workflow.next(WAITING_ON_CUSTOMER, CUSTOMER_REPLIED, null))
                .isInstanceOf(ComplaintRefusedException.class);
        assertThatThrownBy(() -> workflow.next(WAITING_ON_CUSTOMER, CUSTOMER_REPLIED, CLOSED))
                .isInstanceOf(ComplaintRefusedException.class);
    }

    @Test
    void reopenIsAllowedUpToTheLastDayOfTheWindowOnly() {
        Instant resolved = Instant.parse("2026-03-01T10:00:00Z");
        workflow.checkReopenWindow(resolved, Instant.parse("2026-03-31T10:00:00Z"), 30);
        assertThatThrownBy(() -> workflow.checkReopenWindow(resolved, Instant.parse("2026-03-31T10:00:01Z"), 30))
                .isInstanceOf(ComplaintRefusedException.class)
                .satisfies(e -> assertThat(((ComplaintRefusedException) e).messageKey()).isEqualTo("complaint.refused.reopenWindow"));
        assertThatThrownBy(() -> workflow.checkReopenWindow(null, resolved, 30)).isInstanceOf(ComplaintRefusedException.class);
    }
}
