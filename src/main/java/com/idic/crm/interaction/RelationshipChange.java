package com.idic.crm.interaction;

import java.time.LocalDateTime;

/** One change of a customer's relationship level; {@code from} is null for the first. */
public record RelationshipChange(RelationshipLevel from, RelationshipLevel to, String changedBy, LocalDateTime changedAt) {
}
