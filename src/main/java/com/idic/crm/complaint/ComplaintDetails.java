package com.idic.crm.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.idic.crm.segmentation.Tier;

/**
 * Everything the complaint page shows; {@code version} travels back with every change. {@code slaPriority} is the
 * priority the SLA targets follow: the one people set, lower than {@code priority} after an escalation raised it.
 */
public record ComplaintDetails(
        long id,
        long version,
        long customerId,
        String customerName,
        String subject,
        String description,
        ComplaintChannel channel,
        ComplaintPriority priority,
        ComplaintPriority slaPriority,
        ComplaintStatus status,
        ComplaintStatus resumeStatus,
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
        Instant receivedAt,
        Instant resolvedAt,
        Instant closedAt,
        boolean escalated,
        int reopenCount,
        Long duplicateOfId,
        String createdBy,
        List<SlaClockView> clocks,
        List<Pause> pauses,
        Set<ComplaintAction> allowedActions) {

    /** A wait on the customer; {@code end} null while still waiting. */
    public record Pause(Instant start, Instant end) {
    }
}
