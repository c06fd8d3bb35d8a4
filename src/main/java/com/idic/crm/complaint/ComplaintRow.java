package com.idic.crm.complaint;

import java.time.Instant;

/** One line of a complaint list. */
public record ComplaintRow(
        long id,
        long customerId,
        String customerName,
        String subject,
        ComplaintStatus status,
        ComplaintPriority priority,
        String assignee,
        Long categoryId,
        Instant receivedAt,
        Instant firstResponseDue,
        Instant resolutionDue,
        SlaState firstResponseSla,
        SlaState resolutionSla,
        boolean escalated,
        int reopenCount,
        /** the next due date has passed while the clock runs (the escalation job may not have marked it yet) */
        boolean overdue) {

    /** The clock that matters next: first response while none was given, else resolution. */
    public Instant nextDue() {
        return status == ComplaintStatus.RECEIVED ? firstResponseDue : resolutionDue;
    }

    public boolean breached() {
        return overdue || firstResponseSla == SlaState.BREACHED || resolutionSla == SlaState.BREACHED;
    }
}
