package com.idic.crm.customization;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.idic.crm.segmentation.LifecycleStage;
import com.idic.crm.segmentation.Quadrant;
import com.idic.crm.segmentation.Tier;

/**
 * An offer waiting for approval with what the manager weighs: the customer's current value (tier, quadrant,
 * CLV, stage; null when not scored) and the margin impact (margin at list price against the offered margin).
 * {@code waitingSince} is when it was submitted: the queue's order, longest waiting first.
 */
public record ApprovalRow(OfferRow offer, Tier tier, Quadrant quadrant, BigDecimal clv, LifecycleStage stage,
                          OfferTotals totals, BigDecimal listMarginPercent, ApprovalRule rule,
                          List<ApprovalReason> reasons, Instant waitingSince) {
}
