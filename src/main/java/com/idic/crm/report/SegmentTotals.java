package com.idic.crm.report;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import com.idic.crm.segmentation.CustomerScore;
import com.idic.crm.segmentation.LifecycleStage;
import com.idic.crm.segmentation.Quadrant;
import com.idic.crm.segmentation.Tier;

/**
 * Counts and sums of the customers a report lists, gathered while their rows are written, so the
 * summary sheets describe exactly the customers of the report's region and tier.
 */
final class SegmentTotals {

    /** Customers, revenue and profit (12 months) of one group. */
    static final class Group {
        long customers;
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal profit = BigDecimal.ZERO;

        void add(CustomerScore score) {
            customers++;
            revenue = revenue.add(orZero(score.revenue12m()));
            profit = profit.add(orZero(score.profit12m()));
        }
    }

    final Map<Tier, Group> tiers = groups(Tier.class);
    final Map<Quadrant, Group> quadrants = groups(Quadrant.class);
    final Map<LifecycleStage, Group> stages = groups(LifecycleStage.class);
    /** [recency - 1][frequency - 1] */
    final long[][] rfm = new long[5][5];
    final Group scored = new Group();
    BigDecimal clvHistory = BigDecimal.ZERO;
    BigDecimal clvFuture = BigDecimal.ZERO;
    BigDecimal clvTotal = BigDecimal.ZERO;
    long customers;

    void add(CustomerScore score) {
        customers++;
        if (score.stage() != null) {
            stages.get(score.stage()).add(score);
        }
        if (!score.scored()) {
            return;
        }
        scored.add(score);
        clvHistory = clvHistory.add(orZero(score.clvHistory()));
        clvFuture = clvFuture.add(orZero(score.clvFuture()));
        clvTotal = clvTotal.add(orZero(score.clvTotal()));
        if (score.tier() != null) {
            tiers.get(score.tier()).add(score);
        }
        if (score.quadrant() != null) {
            quadrants.get(score.quadrant()).add(score);
        }
        if (score.frequency() != null) {
            rfm[score.recency() - 1][score.frequency() - 1]++;
        }
    }

    long unscored() {
        return customers - scored.customers;
    }

    /** part / whole as a share 0..1 (null when the whole is zero: nothing to share). */
    static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    static Double share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.doubleValue() / whole.doubleValue();
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static <E extends Enum<E>> Map<E, Group> groups(Class<E> type) {
        Map<E, Group> groups = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            groups.put(value, new Group());
        }
        return groups;
    }
}
