package com.idic.crm.segmentation.domain;

import java.math.BigDecimal;
import java.util.List;

/** The median of values as its middle pair (the same value twice for an odd count): exact for decimals. */
public record Median(BigDecimal lower, BigDecimal upper) {

    public static Median of(List<BigDecimal> sorted) {
        if (sorted.isEmpty()) {
            return new Median(BigDecimal.ZERO, BigDecimal.ZERO);
        }
        int n = sorted.size();
        return new Median(sorted.get((n - 1) / 2), sorted.get(n / 2));
    }

    /** 1-based ranks of the middle pair among n values in sorted order. */
    public static long lowerRank(long n) {
        return (n + 1) / 2;
    }

    public static long upperRank(long n) {
        return n / 2 + 1;
    }

    public BigDecimal value() {
        return lower.add(upper).divide(BigDecimal.valueOf(2));
    }

    /** Strictly above the median. */
    public boolean isExceededBy(BigDecimal value) {
        return value.add(value).compareTo(lower.add(upper)) > 0;
    }
}
