package com.idic.crm.customization;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.idic.crm.customization.domain.ApprovalCheck;
import com.idic.crm.customization.domain.ApprovalRuleEntity;
import com.idic.crm.customization.domain.ApprovalRuleRepository;
import com.idic.crm.customization.domain.Offer;
import com.idic.crm.customization.domain.OfferEvent;
import com.idic.crm.customization.domain.OfferEventRepository;
import com.idic.crm.customization.domain.OfferRepository;
import com.idic.crm.security.CurrentUser;
import com.idic.crm.segmentation.CustomerScore;
import com.idic.crm.segmentation.SegmentationResults;
import com.idic.crm.segmentation.Tier;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * What the offer services share: loading an offer at the version the user saw, the tier's approval rule,
 * writing the history, and turning entities into records. Package-private: callers go through the services.
 */
@Component
class OfferStore {

    final OfferRepository offers;
    final OfferEventRepository events;
    final ApprovalRuleRepository rules;
    final SegmentationResults segmentation;
    final Clock clock;

    OfferStore(OfferRepository offers, OfferEventRepository events, ApprovalRuleRepository rules,
               SegmentationResults segmentation, Clock clock) {
        this.offers = offers;
        this.events = events;
        this.rules = rules;
        this.segmentation = segmentation;
        this.clock = clock;
    }

    Offer load(long id, long seenVersion) {
        Offer offer = offers.findWithLines(id).orElseThrow(() -> new CustomizationRefusedException("customization.refused.noOffer"));
        if (offer.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(Offer.class, id);
        }
        return offer;
    }

    Optional<CustomerScore> scoreOf(long customerId) {
        return segmentation.latestScoreOf(customerId);
    }

    Tier currentTier(long customerId) {
        return scoreOf(customerId).map(CustomerScore::tier).orElse(null);
    }

    ApprovalRule ruleFor(Tier tier) {
        String key = tier == null ? ApprovalRuleEntity.UNSCORED : tier.name();
        return rules.findById(key).map(OfferStore::toRule)
                .orElseThrow(() -> new IllegalStateException("No approval rule for " + key));
    }

    List<ApprovalReason> reasons(Offer offer) {
        return reasons(offer.totals(), ruleFor(offer.getTier()));
    }

    static List<ApprovalReason> reasons(OfferTotals totals, ApprovalRule rule) {
        return ApprovalCheck.reasons(totals, rule).stream().map(reason -> ApprovalReason.valueOf(reason.name())).toList();
    }

    void record(Offer offer, OfferAction action, OfferState from, String note) {
        events.save(new OfferEvent(offer.getId(), clock.instant(), CurrentUser.usernameOrSystem(), action, from,
                offer.getState(), note));
    }

    /** The edit's figures in the history, so a later reader sees what changed without the old lines. */
    static String summary(Offer offer) {
        OfferTotals totals = offer.totals();
        return offer.lineInputs().size() + " lines; net " + totals.netTotal() + "; cost " + totals.costTotal()
                + "; margin " + (totals.marginPercent() == null ? "-" : totals.marginPercent() + " %")
                + "; max discount " + totals.maxDiscountPercent() + " %; valid until " + offer.getValidUntil();
    }

    OfferDetails details(Offer offer) {
        ApprovalRule rule = ruleFor(offer.getTier());
        OfferTotals totals = offer.totals();
        return new OfferDetails(offer.getId(), offer.getVersion(), offer.getRequestId(), offer.getCustomerId(),
                offer.getCustomerName(), offer.getFamilyId(), offer.getVersionNo(), offer.getPreviousVersionId(),
                offer.getState(), offer.getTier(), offer.getValidUntil(), offer.getNotes(), offer.getStateReason(),
                offer.getAuthor(), offer.getCreatedAt(), offer.getChangedAt(), offer.getDecidedBy(), offer.lineInputs(),
                totals, rule, reasons(totals, rule));
    }

    static OfferRow row(Offer offer) {
        return new OfferRow(offer.getId(), offer.getVersion(), offer.getRequestId(), offer.getCustomerId(),
                offer.getCustomerName(), offer.getVersionNo(), offer.getState(), offer.getValidUntil(),
                offer.getNetTotal(), offer.getMarginPercent(), offer.getAuthor(), offer.getCreatedAt());
    }

    static ApprovalRule toRule(ApprovalRuleEntity entity) {
        Tier tier = ApprovalRuleEntity.UNSCORED.equals(entity.getTierKey()) ? null : Tier.valueOf(entity.getTierKey());
        return new ApprovalRule(tier, entity.getMaxDiscountPercent(), entity.getMinMarginPercent(), entity.getVersion());
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
