package com.idic.crm.complaint;

/** What a line of a complaint's history records. */
public enum HistoryKind {
    CREATED, STATUS, ASSIGNEE, PRIORITY, FIELD, NOTE, SLA_WARNING, ESCALATED, CALLBACK, CALLBACK_DONE, DUE_OVERRIDE,
    AT_RISK_CLEARED
}
