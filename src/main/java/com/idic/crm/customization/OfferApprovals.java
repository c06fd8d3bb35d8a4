package com.idic.crm.customization;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.idic.crm.customization.domain.ApprovalRuleEntity;
import com.idic.crm.customization.domain.Offer;
import com.idic.crm.customization.domain.OfferPricing;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.idic.crm.segmentation.CustomerScore;
import com.idic.crm.segmentation.Tier;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Managers approve or reject offers beyond a tier's rule, and keep the rules. Nobody approves an offer
 * they wrote; the service desk approves nothing.
 */
@Service
@Validated
public class OfferApprovals {

    private final OfferStore store;

    OfferApprovals(OfferStore store) {
        this.store = store;
    }

    /** Offers waiting for approval, longest waiting first, with the customer's current value. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<ApprovalRow> queue(int offset, int limit) {
        PageRequest page = PageRequest.of(offset / limit, limit);
        return store.offers.findByStateOrderByChangedAtAscIdAsc(OfferState.PENDING_APPROVAL, page).stream()
                .map(this::toRow).toList();
    }

    /**
     * The queue in its order, up to {@code limit} offers after {@code last} (null = from the first): keyset
     * chunks for the export, so an offer approved meanwhile neither shifts nor repeats the rows after it.
     */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<ApprovalRow> queueAfter(ApprovalRow last, int limit) {
        List<Offer> offers = last == null
                ? store.offers.findByStateOrderByChangedAtAscIdAsc(OfferState.PENDING_APPROVAL, PageRequest.of(0, limit))
                : store.offers.queueAfter(OfferState.PENDING_APPROVAL, last.waitingSince(), last.offer().id(), PageRequest.of(0, limit));
        return offers.stream().map(this::toRow).toList();
    }

    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public Optional<ApprovalRow> row(long offerId) {
        return store.offers.findWithLines(offerId).map(this::toRow);
    }

    @RolesAllowed(AppRoles.MANAGER)
    @Transactional
    public OfferDetails approve(long id, long seenVersion) {
        Offer offer = ownOfferRefused(store.load(id, seenVersion));
        OfferState from = offer.step(OfferAction.APPROVE, null, CurrentUser.usernameOrSystem(), store.clock.instant());
        Offer saved = store.offers.saveAndFlush(offer);
        store.record(saved, OfferAction.APPROVE, from, null);
        return store.details(saved);
    }

    /** Back to the marketer as a draft, with the reason they need to rework it. */
    @RolesAllowed(AppRoles.MANAGER)
    @Transactional
    public OfferDetails reject(long id, long seenVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new CustomizationRefusedException("customization.refused.reasonNeeded");
        }
        Offer offer = ownOfferRefused(store.load(id, seenVersion));
        OfferState from = offer.step(OfferAction.REJECT, reason.trim(), CurrentUser.usernameOrSystem(), store.clock.instant());
        Offer saved = store.offers.saveAndFlush(offer);
        store.record(saved, OfferAction.REJECT, from, reason.trim());
        return store.details(saved);
    }

    /** The rule for every tier, top tier first, then customers without a score. */
    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<ApprovalRule> rules() {
        List<Tier> order = Arrays.asList(Tier.values());
        return store.rules.findAll().stream().map(OfferStore::toRule)
                .sorted((a, b) -> Integer.compare(a.tier() == null ? order.size() : order.indexOf(a.tier()),
                        b.tier() == null ? order.size() : order.indexOf(b.tier())))
                .toList();
    }

    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public ApprovalRule ruleFor(Tier tier) {
        return store.ruleFor(tier);
    }

    /** Saves the changed rules together: one bad value or a stale version and none is saved. */
    @RolesAllowed(AppRoles.MANAGER)
    @Transactional
    public List<ApprovalRule> saveRules(@NotNull List<@NotNull @Valid ApprovalRule> changed) {
        return changed.stream().map(rule -> {
            String key = rule.tier() == null ? ApprovalRuleEntity.UNSCORED : rule.tier().name();
            ApprovalRuleEntity entity = store.rules.findById(key).orElseThrow();
            if (entity.getVersion() != rule.version()) {
                throw new ObjectOptimisticLockingFailureException(ApprovalRuleEntity.class, key);
            }
            entity.change(rule.maxDiscountPercent(), rule.minMarginPercent());
            return OfferStore.toRule(store.rules.saveAndFlush(entity));
        }).toList();
    }

    private static Offer ownOfferRefused(Offer offer) {
        if (offer.getAuthor().equals(CurrentUser.usernameOrSystem())) {
            throw new CustomizationRefusedException("customization.refused.ownOffer");
        }
        return offer;
    }

    private ApprovalRow toRow(Offer offer) {
        Optional<CustomerScore> score = store.scoreOf(offer.getCustomerId());
        OfferTotals totals = offer.totals();
        ApprovalRule rule = store.ruleFor(offer.getTier());
        BigDecimal listMargin = OfferPricing.percentOf(totals.listTotal().subtract(totals.costTotal()), totals.listTotal());
        return new ApprovalRow(OfferStore.row(offer), score.map(CustomerScore::tier).orElse(null),
                score.map(CustomerScore::quadrant).orElse(null), score.map(CustomerScore::clvTotal).orElse(null),
                score.map(CustomerScore::stage).orElse(null), totals, listMargin, rule, OfferStore.reasons(totals, rule),
                offer.getChangedAt());
    }
}
