package com.idic.crm.complaint;

/** One SLA target of one complaint. A breach stays a breach, whatever happens later. */
public enum SlaState {
    ONGOING, MET, BREACHED
}
