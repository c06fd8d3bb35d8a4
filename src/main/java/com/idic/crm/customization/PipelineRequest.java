package com.idic.crm.customization;

import java.time.Instant;

import com.idic.crm.segmentation.Quadrant;
import com.idic.crm.segmentation.Tier;

/**
 * A request as the pipeline report reads it: where it stands, and when its first offer was made and its
 * customer first answered one of its offers (accepted or declined); null when that has not happened.
 */
public record PipelineRequest(long id, Instant createdAt, String customerName, NeedLevel needLevel, RequestSource source,
                              Tier tier, Quadrant quadrant, CustomizationType type, DeliveryMeans deliveryMeans,
                              RequestState state, Instant decidedAt, String owner, long offers, Instant firstOfferAt,
                              Instant customerDecisionAt) {
}
