package com.idic.crm.complaint;

import java.math.BigDecimal;
import java.time.Instant;

import com.idic.crm.segmentation.Tier;

/**
 * Everything recorded about one complaint, with its SLA verdicts and times, for workbooks.
 *
 * @param firstResponseSla     MET, BREACHED, or ONGOING while the target can still be met (overdue counts as breached)
 * @param firstResponseMinutes counted SLA minutes from receipt to the first response (working time when the policy
 *                             counts business hours, waits on the customer left out); null before a first response
 * @param resolutionMinutes    the same up to the resolution (or the verdict invalid / duplicate); null while open
 * @param pauseMinutes         wall-clock minutes the complaint waited on the customer, an open wait up to now
 */
public record ComplaintRecord(
        long id,
        long customerId,
        String customerName,
        String subject,
        String description,
        ComplaintChannel channel,
        ComplaintPriority priority,
        ComplaintStatus status,
        Long categoryId,
        String productOrOrder,
        String customerWants,
        ComplaintSeverity severity,
        String validityReason,
        RemedyType remedyType,
        BigDecimal remedyAmount,
        String remedyNote,
        Integer satisfaction,
        String satisfactionComment,
        String assignee,
        Tier valueTier,
        boolean escalated,
        int reopenCount,
        Long duplicateOfId,
        String createdBy,
        Instant receivedAt,
        Instant firstResponseDue,
        Instant firstResponseAt,
        SlaState firstResponseSla,
        Instant resolutionDue,
        Instant resolvedAt,
        SlaState resolutionSla,
        Instant closedAt,
        Long firstResponseMinutes,
        Long resolutionMinutes,
        long pauseMinutes) {

    /** Either target breached. */
    public boolean breached() {
        return firstResponseSla == SlaState.BREACHED || resolutionSla == SlaState.BREACHED;
    }

    /**
     * Whether the complaint counts towards SLA compliance: resolved, and not dismissed as invalid or a
     * duplicate (the SLA dashboard's definition).
     */
    public boolean countsForCompliance() {
        return resolvedAt != null && status != ComplaintStatus.INVALID && status != ComplaintStatus.DUPLICATE;
    }
}
