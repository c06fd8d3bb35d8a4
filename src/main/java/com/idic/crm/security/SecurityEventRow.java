package com.idic.crm.security;

import java.time.LocalDateTime;

/** One line of the security event log as the administrator sees it. */
public record SecurityEventRow(long id, LocalDateTime occurredAt, SecurityEventType type, String actor,
                               String subject, String detail, String remoteAddress) {
}
