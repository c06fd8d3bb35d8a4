package com.idic.crm.interaction;

import java.time.LocalDateTime;

/**
 * The customer's relationship level as the page shows it. {@code version} is the one the user saw and
 * travels back with a change; it is -1 while nobody has set a level (the customer is at the basic level).
 */
public record RelationshipStanding(long customerId, RelationshipLevel level, long version, String changedBy,
                                   LocalDateTime changedAt) {

    public static final long NEVER_SET = -1;

    public boolean everSet() {
        return version != NEVER_SET;
    }
}
