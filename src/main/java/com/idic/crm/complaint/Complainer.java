package com.idic.crm.complaint;

import java.time.Instant;

import com.idic.crm.segmentation.Tier;

/**
 * A customer's complaints in a report's period.
 *
 * @param tier     the customer's tier in the latest segmentation run; null when not scored
 * @param valid    complaints judged valid
 * @param breached complaints with either SLA target recorded as breached
 */
public record Complainer(long customerId, String customerName, Tier tier, long complaints, long valid, long breached,
                         Instant lastComplaint, Double averageSatisfaction) {
}
