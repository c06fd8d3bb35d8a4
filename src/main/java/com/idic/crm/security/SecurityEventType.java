package com.idic.crm.security;

/** What the security event log records; the label key is {@code securityEvents.type.<NAME>}. */
public enum SecurityEventType {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    LOGOUT,
    ACCESS_DENIED,
    USER_CREATED,
    USER_DISABLED,
    USER_ENABLED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    ROLES_CHANGED,
    SESSIONS_ENDED,
    IMPORT_STARTED,
    IMPORT_FINISHED,
    CUSTOMERS_MERGED,
    MERGE_UNDONE,
    API_KEY_CREATED,
    API_KEY_REVOKED,
    EMAIL_CHANGED
}
