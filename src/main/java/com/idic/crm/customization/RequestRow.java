package com.idic.crm.customization;

import java.time.Instant;
import java.time.LocalDate;

import com.idic.crm.segmentation.Quadrant;
import com.idic.crm.segmentation.Tier;

/** A customization request as lists and its page show it; the version travels with it. */
public record RequestRow(long id, long version, long customerId, String customerName, NeedLevel needLevel, String need,
                         LocalDate desiredDate, String requestedBy, RequestSource source, Long sourceId, Tier tier,
                         Quadrant quadrant, CustomizationType suggestedType, CustomizationType type,
                         DeliveryMeans deliveryMeans, RequestState state, String decisionReason, String owner,
                         Instant createdAt, Instant decidedAt) {
}
