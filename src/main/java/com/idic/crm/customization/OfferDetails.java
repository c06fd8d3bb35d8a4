package com.idic.crm.customization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.idic.crm.segmentation.Tier;

/**
 * An offer as its editor shows it, with its figures and whether (and why) the tier's approval rule asks
 * for a manager. {@code version} is what a following edit or step must name.
 */
public record OfferDetails(long id, long version, long requestId, long customerId, String customerName, long familyId,
                           int versionNo, Long previousVersionId, OfferState state, Tier tier, LocalDate validUntil,
                           String notes, String stateReason, String author, Instant createdAt, Instant changedAt,
                           String decidedBy, List<OfferLineInput> lines, OfferTotals totals, ApprovalRule rule,
                           List<ApprovalReason> approvalReasons) {

    public boolean needsApproval() {
        return !approvalReasons.isEmpty();
    }
}
