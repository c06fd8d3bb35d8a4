package com.idic.crm.segmentation.domain;

import java.math.BigDecimal;

import com.idic.crm.segmentation.Quadrant;

/** Current value P and future CLV, each "high" when strictly above the median of customers with orders. */
public record ValueMatrix(Median profit, Median futureClv) {

    public Quadrant quadrant(BigDecimal p, BigDecimal future) {
        boolean highNow = profit.isExceededBy(p);
        boolean highLater = futureClv.isExceededBy(future);
        if (highNow) {
            return highLater ? Quadrant.VIP : Quadrant.MAINTAIN;
        }
        return highLater ? Quadrant.IMPROVE : Quadrant.ABANDON;
    }
}
