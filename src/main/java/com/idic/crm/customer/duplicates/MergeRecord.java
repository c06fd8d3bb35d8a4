package com.idic.crm.customer.duplicates;

import java.time.LocalDateTime;

/** One merge as the history shows it. */
public record MergeRecord(long id, long keptId, String keptName, long mergedId, String mergedName,
                          String mergedBy, LocalDateTime mergedAt, String undoneBy, LocalDateTime undoneAt) {

    public boolean undone() {
        return undoneAt != null;
    }
}
