package com.idic.crm.complaint;

/**
 * What a complaint list is narrowed to; every criterion optional (null = any).
 *
 * @param assignee   a user name; ignored when {@code unassigned}
 * @param openOnly   hide finished complaints (resolved, followed up, closed, invalid, duplicate)
 * @param slaState   BREACHED = any target breached (also overdue but not yet marked by the job);
 *                   ONGOING = open and nothing breached; MET = finished with nothing breached
 */
public record ComplaintFilter(
        ComplaintStatus status,
        ComplaintPriority priority,
        String assignee,
        boolean unassigned,
        Long categoryId,
        SlaState slaState,
        Long customerId,
        boolean openOnly,
        boolean escalatedOnly) {

    public static ComplaintFilter any() {
        return new ComplaintFilter(null, null, null, false, null, null, null, false, false);
    }

    public static ComplaintFilter ofCustomer(long customerId) {
        return new ComplaintFilter(null, null, null, false, null, null, customerId, false, false);
    }

    public ComplaintFilter withAssignee(String username) {
        return new ComplaintFilter(status, priority, username, false, categoryId, slaState, customerId, openOnly, escalatedOnly);
    }
}
