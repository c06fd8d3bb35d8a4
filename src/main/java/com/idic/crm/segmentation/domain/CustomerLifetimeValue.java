package com.idic.crm.segmentation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.idic.crm.segmentation.SegmentationSettings;

/**
 * A customer's future CLV = m x sum_{t=1..H} s^t / (1+i)^t with m = max(0, P (1+g)).
 * The growth g is (P - Pp)/Pp clamped to [-1, 1], so P (1+g) is 0, 2P or P^2/Pp: computed in that
 * form the only division is the last one, and the SQL run divides the same way.
 */
public final class CustomerLifetimeValue {

    /** Scale of the discounted retention factor: far below a cent at any realistic profit. */
    public static final int FACTOR_SCALE = 20;

    private final BigDecimal[] factorByRecency = new BigDecimal[6];

    public CustomerLifetimeValue(SegmentationSettings.Clv clv) {
        BigDecimal growth = BigDecimal.ONE.add(clv.discountRate());
        for (int r = 1; r <= 5; r++) {
            BigDecimal s = clv.retention(r);
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal retained = BigDecimal.ONE;
            BigDecimal discount = BigDecimal.ONE;
            for (int t = 1; t <= clv.horizonYears(); t++) {
                retained = retained.multiply(s);
                discount = discount.multiply(growth);
                sum = sum.add(retained.divide(discount, FACTOR_SCALE + 10, RoundingMode.HALF_UP));
            }
            factorByRecency[r] = sum.setScale(FACTOR_SCALE, RoundingMode.HALF_UP);
        }
    }

    /** sum_{t=1..H} s^t / (1+i)^t for the recency score. */
    public BigDecimal factor(int recency) {
        return factorByRecency[recency];
    }

    public BigDecimal future(BigDecimal p, BigDecimal pp, int recency) {
        BigDecimal k = factor(recency);
        if (pp.signum() > 0) {
            if (p.signum() <= 0) {
                return money(BigDecimal.ZERO);
            }
            if (p.compareTo(pp.add(pp)) > 0) {
                return money(p.add(p).multiply(k));
            }
            return p.multiply(p).multiply(k).divide(pp, 2, RoundingMode.HALF_UP);
        }
        return p.signum() > 0 ? money(p.add(p).multiply(k)) : money(BigDecimal.ZERO);
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
