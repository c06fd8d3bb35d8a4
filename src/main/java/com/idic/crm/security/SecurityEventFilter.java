package com.idic.crm.security;

import java.time.LocalDate;

/** Narrows the security event log; a null part does not narrow. {@code actor} matches a prefix. */
public record SecurityEventFilter(SecurityEventType type, String actor, LocalDate from, LocalDate to) {

    public static final SecurityEventFilter NONE = new SecurityEventFilter(null, null, null, null);
}
