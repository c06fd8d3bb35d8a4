package com.idic.crm.customer;

/**
 * Published inside the merge transaction once {@code mergedId} has been merged into
 * {@code keptId}, so features that hold data by customer id (orders) move theirs too.
 * Listeners run synchronously: if one fails, the whole merge is rolled back.
 */
public record CustomersMerged(long mergeId, long keptId, long mergedId) {
}
