package com.idic.crm.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import com.idic.crm.customization.CustomizationType;
import com.idic.crm.customization.OfferState;
import com.idic.crm.customization.PipelineOffer;
import com.idic.crm.customization.PipelineRequest;
import com.idic.crm.customization.RequestState;
import com.idic.crm.segmentation.Tier;

/**
 * The pipeline's figures, added up row by row while the detail sheets are written, so the summary needs
 * no second read: counts by state, and per customization type and per tier the offers, the acceptance
 * rate, revenue and margin of accepted offers and the average days from request to offer and to decision.
 */
final class PipelineTotals {

    private static final BigDecimal MINUTES_A_DAY = BigDecimal.valueOf(24 * 60);

    /** The figures of one slice of the pipeline (a type, a tier, or all of it). */
    static final class Group {
        long requests;
        long offers;
        long accepted;
        long declined;
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        final Average daysToOffer = new Average();
        final Average daysToDecision = new Average();

        /**
         * Accepted offers among those the customer answered (accepted or declined); an offer still open,
         * renegotiated, expired or withdrawn was never answered. Null when none was answered.
         */
        Double acceptanceRate() {
            return SegmentTotals.share(accepted, accepted + declined);
        }

        BigDecimal margin() {
            return revenue.subtract(cost);
        }

        /** Margin of the accepted offers as a share of their revenue. */
        Double marginShare() {
            return SegmentTotals.share(margin(), revenue);
        }

        private void add(PipelineRequest request) {
            requests++;
            if (request.firstOfferAt() != null) {
                daysToOffer.add(days(request.createdAt(), request.firstOfferAt()));
            }
        }

        private void add(PipelineOffer offer) {
            offers++;
            if (offer.accepted()) {
                accepted++;
                revenue = revenue.add(offer.netTotal());
                cost = cost.add(offer.costTotal());
            } else if (offer.declined()) {
                declined++;
            }
            if (offer.customerDecisionAt() != null) {
                daysToDecision.add(days(offer.requestCreatedAt(), offer.customerDecisionAt()));
            }
        }
    }

    /** An average of days, exact until it is read. */
    static final class Average {
        private BigDecimal sum = BigDecimal.ZERO;
        private long count;

        void add(BigDecimal days) {
            sum = sum.add(days);
            count++;
        }

        /** Null when there was nothing to average: an empty cell, not a zero. */
        BigDecimal value() {
            return count == 0 ? null : sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
        }
    }

    final Group all = new Group();
    final Map<CustomizationType, Group> byType = groups(CustomizationType.class);
    /** requests whose type the marketer has not chosen yet */
    final Group typeOpen = new Group();
    final Map<Tier, Group> byTier = groups(Tier.class);
    final Group unscored = new Group();
    final Map<RequestState, Long> requestsByState = counts(RequestState.class);
    final Map<OfferState, Long> offersByState = counts(OfferState.class);
    final Map<OfferState, BigDecimal> netByState = new EnumMap<>(OfferState.class);

    void add(PipelineRequest request) {
        all.add(request);
        (request.type() == null ? typeOpen : byType.get(request.type())).add(request);
        (request.tier() == null ? unscored : byTier.get(request.tier())).add(request);
        requestsByState.merge(request.state(), 1L, Long::sum);
    }

    void add(PipelineOffer offer) {
        all.add(offer);
        (offer.type() == null ? typeOpen : byType.get(offer.type())).add(offer);
        (offer.tier() == null ? unscored : byTier.get(offer.tier())).add(offer);
        offersByState.merge(offer.state(), 1L, Long::sum);
        netByState.merge(offer.state(), offer.netTotal(), BigDecimal::add);
    }

    /** Days between two moments, to the hundredth: 1 day 12 hours is 1.50. */
    static BigDecimal days(Instant from, Instant to) {
        return BigDecimal.valueOf(Duration.between(from, to).toMinutes()).divide(MINUTES_A_DAY, 2, RoundingMode.HALF_UP);
    }

    private static <E extends Enum<E>> Map<E, Group> groups(Class<E> type) {
        Map<E, Group> groups = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            groups.put(value, new Group());
        }
        return groups;
    }

    private static <E extends Enum<E>> Map<E, Long> counts(Class<E> type) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0L);
        }
        return counts;
    }
}
