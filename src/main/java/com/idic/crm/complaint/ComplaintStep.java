package com.idic.crm.complaint;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * One step a clerk takes on a complaint, with what the step needs written down. The service checks it
 * against the workflow, validates it (Bean Validation) and records it in the history.
 */
public sealed interface ComplaintStep {

    int NOTE_MAX = 2000;

    ComplaintAction action();

    /** Step 2: the key points. */
    record Record(@NotNull Long categoryId, @Size(max = 200) String productOrOrder,
                  @NotBlank @Size(max = NOTE_MAX) String customerWants, @NotNull ComplaintSeverity severity)
            implements ComplaintStep {
        public ComplaintAction action() { return ComplaintAction.RECORD; }
    }

    record JudgeValid(@Size(max = NOTE_MAX) String note) implements ComplaintStep {
        public ComplaintAction action() { return ComplaintAction.JUDGE_VALID; }
    }

    /** The reason is told to the customer. */
    record JudgeInvalid(@NotBlank @Size(max = NOTE_MAX) String reason) implements ComplaintStep {
        public ComplaintAction action() { return ComplaintAction.JUDGE_INVALID; }
    }

    /** Step 3: the remedy offered; the amount (refund, discount ...) may be empty, never negative. */
    record ProposeSolution(@NotNull RemedyType remedyType,
                           @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal amount,
                           @Size(max = NOTE_MAX) String note) implements ComplaintStep {
        public ComplaintAction action() { return ComplaintAction.PROPOSE_SOLUTION; }
    }

    record CustomerAccepts(@Size(max = NOTE_MAX) String note) implements ComplaintStep {
        public ComplaintAction action() { return ComplaintAction.CUSTOMER_ACCEPTS; }
    }

    /** Back to proposing; why the customer declined is kept. */
    record CustomerDeclines(@NotBlank @Size(max = NOTE_MAX) String note) implements ComplaintStep {
        public ComplaintAction action() { return ComplaintAction.CUSTOMER_DECLINES; }
    }

    record Resolve(@Size(max = NOTE_MAX) String note) implements ComplaintStep {
        public ComplaintAction action() { return ComplaintAction.RESOLVE; }
    }

    /** Step 4: the follow-up contact. */
    record FollowUp(@NotNull @Min(1) @Max(5) Integer satisfaction, @Size(max = NOTE_MAX) String comment)
            implements ComplaintStep {
        public ComplaintAction action() { return ComplaintAction.FOLLOW_UP; }
    }

    record Close(@Size(max = NOTE_MAX) String note) implements ComplaintStep {
        public ComplaintAction action() { return ComplaintAction.CLOSE; }
    }

    /** Pauses both SLA clocks; what we are waiting for is written down. */
    record WaitForCustomer(@NotBlank @Size(max = NOTE_MAX) String note) implements ComplaintStep {
        public ComplaintAction action() { return ComplaintAction.WAIT_FOR_CUSTOMER; }
    }

    record CustomerReplied(@Size(max = NOTE_MAX) String note) implements ComplaintStep {
        public ComplaintAction action() { return ComplaintAction.CUSTOMER_REPLIED; }
    }

    record MarkDuplicate(@NotNull Long survivingComplaintId) implements ComplaintStep {
        public ComplaintAction action() { return ComplaintAction.MARK_DUPLICATE; }
    }

    record Reopen(@NotBlank @Size(max = NOTE_MAX) String reason) implements ComplaintStep {
        public ComplaintAction action() { return ComplaintAction.REOPEN; }
    }
}
