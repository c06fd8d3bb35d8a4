package com.idic.crm.customization;

/** Why an offer needs a manager's approval before it is sent. */
public enum ApprovalReason {
    DISCOUNT_ABOVE_THRESHOLD, MARGIN_BELOW_FLOOR
}
