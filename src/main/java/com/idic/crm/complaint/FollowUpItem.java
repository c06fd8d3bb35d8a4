package com.idic.crm.complaint;

import java.time.LocalDate;

/**
 * Something to do today after a complaint was solved: the follow-up contact of a resolved complaint, or a
 * call-back to an unhappy customer (closing the loop).
 */
public record FollowUpItem(Kind kind, long complaintId, String customerName, String subject, LocalDate due) {

    public enum Kind { FOLLOW_UP, CALL_BACK }
}
