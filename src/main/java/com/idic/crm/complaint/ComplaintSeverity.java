package com.idic.crm.complaint;

/** How badly the customer was hurt, judged when the key points are recorded. */
public enum ComplaintSeverity {
    MINOR, MODERATE, SEVERE
}
