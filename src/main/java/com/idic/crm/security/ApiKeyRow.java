package com.idic.crm.security;

import java.time.LocalDateTime;

/** An API key as the administrator sees it: never the key itself, only its first characters. */
public record ApiKeyRow(long id, long version, String name, String prefix, String createdBy, LocalDateTime createdAt,
                        LocalDateTime lastUsedAt, String revokedBy, LocalDateTime revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
