package com.idic.crm.complaint;

/** What a clerk does to a complaint; {@code ComplaintWorkflow} says from which state each is allowed. */
public enum ComplaintAction {
    RECORD, JUDGE_VALID, JUDGE_INVALID, PROPOSE_SOLUTION, CUSTOMER_ACCEPTS, CUSTOMER_DECLINES, RESOLVE, FOLLOW_UP,
    CLOSE, WAIT_FOR_CUSTOMER, CUSTOMER_REPLIED, MARK_DUPLICATE, REOPEN
}
