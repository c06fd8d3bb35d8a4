package com.idic.crm.customer;

/** What happened to a customer record, as its history lists it. */
public enum CustomerChangeKind {
    CREATED,
    EDITED,
    VERIFIED,
    CONTACT_ADDED,
    CONTACT_CHANGED,
    CONTACT_REMOVED,
    /** Another record was merged into this one (detail: that record's id). */
    MERGED,
    /** This record was merged into another (detail: the kept record's id). */
    MERGED_INTO,
    MERGE_UNDONE,
    IMPORTED,
    ANONYMIZED
}
