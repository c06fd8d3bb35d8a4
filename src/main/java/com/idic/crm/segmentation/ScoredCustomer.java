package com.idic.crm.segmentation;

/**
 * A customer's score as exports list it: with the customer's external ID and the row's place in the
 * run's orders, from which the next chunk is read ({@link SegmentationResults#chunkAfter}).
 */
public record ScoredCustomer(CustomerScore score, String externalId, long listRank, long revenueListRank) {
}
