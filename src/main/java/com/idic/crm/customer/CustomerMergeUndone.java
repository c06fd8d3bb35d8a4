package com.idic.crm.customer;

/**
 * Published inside the undo transaction of merge {@code mergeId}: features move back
 * exactly what they moved for that merge, from {@code keptId} to {@code mergedId}.
 */
public record CustomerMergeUndone(long mergeId, long keptId, long mergedId) {
}
