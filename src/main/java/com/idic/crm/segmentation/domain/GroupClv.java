package com.idic.crm.segmentation.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Group CLV by the Dwyer method (DOMAIN.md section 6): expected lifetime T = 1 / r years, capped
 * (r = 0 gives the cap), and the discounted yearly profit p-bar over T years, the last year pro rata.
 */
public record GroupClv(BigDecimal lifetimeYears, BigDecimal value) {

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    public static GroupClv of(BigDecimal churnRate, BigDecimal averageProfit, BigDecimal discountRate,
                              int lifetimeCapYears) {
        BigDecimal cap = BigDecimal.valueOf(lifetimeCapYears);
        BigDecimal lifetime = churnRate.signum() <= 0 ? cap : BigDecimal.ONE.divide(churnRate, PRECISION).min(cap);
        int wholeYears = lifetime.setScale(0, RoundingMode.FLOOR).intValueExact();
        BigDecimal growth = BigDecimal.ONE.add(discountRate);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal discount = BigDecimal.ONE;
        for (int t = 1; t <= wholeYears; t++) {
            discount = discount.multiply(growth, PRECISION);
            sum = sum.add(averageProfit.divide(discount, PRECISION), PRECISION);
        }
        BigDecimal fraction = lifetime.subtract(BigDecimal.valueOf(wholeYears));
        if (fraction.signum() > 0) {
            discount = discount.multiply(growth, PRECISION);
            sum = sum.add(fraction.multiply(averageProfit, PRECISION).divide(discount, PRECISION), PRECISION);
        }
        return new GroupClv(lifetime.setScale(4, RoundingMode.HALF_UP), sum.setScale(2, RoundingMode.HALF_UP));
    }
}
