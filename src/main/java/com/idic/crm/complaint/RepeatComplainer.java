package com.idic.crm.complaint;

import java.time.Instant;

import com.idic.crm.segmentation.Tier;

/** A platinum or gold customer with two or more valid complaints in the last 12 months (the course's list). */
public record RepeatComplainer(long customerId, String customerName, Tier tier, long validComplaints, Instant lastComplaint,
                               Double averageSatisfaction) {
}
