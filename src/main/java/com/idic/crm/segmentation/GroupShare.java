package com.idic.crm.segmentation;

import java.math.BigDecimal;

/**
 * One group of a dimension (tier PLATINUM, ABC class A, ...) in a run: its customers, revenue and
 * profit of the 12 months before A, and their shares of the dimension's totals (0..1, 4 decimals).
 * {@code group} is the enum constant's name.
 */
public record GroupShare(
        GroupDimension dimension,
        String group,
        long customers,
        BigDecimal revenue12m,
        BigDecimal profit12m,
        BigDecimal customerShare,
        BigDecimal revenueShare,
        BigDecimal profitShare) {
}
