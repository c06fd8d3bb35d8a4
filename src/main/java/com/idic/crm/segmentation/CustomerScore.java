package com.idic.crm.segmentation;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.idic.crm.customer.CustomerType;

/**
 * A customer's results in one run. Everything derived from orders is null for a customer without
 * an order up to the analysis date (shown as "not scored", not as 1-1-1); the credit fields are
 * null unless the customer is an organization with an order in the 24-month window.
 * Name, type and region are as they were at the run.
 */
public record CustomerScore(
        long runId,
        LocalDate analysisDate,
        long customerId,
        String customerName,
        CustomerType customerType,
        String region,
        LocalDate firstOrderDate,
        LocalDate lastOrderDate,
        Integer recency,
        Integer frequency,
        Integer monetary,
        String rfmCode,
        /** orders in the 24-month window W */
        Integer ordersInWindow,
        /** sum of amounts in W */
        BigDecimal amountInWindow,
        /** 1 = most profitable; ties by customer id */
        Integer profitRank,
        Tier tier,
        /** 1 = most revenue in 12 months; ties by customer id */
        Integer revenueRank,
        BigDecimal revenue12m,
        /** revenue of all customers ranked above (S of the ABC rule) */
        BigDecimal revenueAbove,
        AbcClass abcClass,
        /** P */
        BigDecimal profit12m,
        /** Pp */
        BigDecimal profitPrev12m,
        BigDecimal clvHistory,
        BigDecimal clvFuture,
        BigDecimal clvTotal,
        Quadrant quadrant,
        BigDecimal collectionShare,
        Integer longestTermDays,
        CreditRating creditRating,
        LifecycleStage computedStage,
        /** the stage shown: a manual override if one exists, else the computed one */
        LifecycleStage stage,
        boolean stageOverridden) {

    public boolean scored() {
        return recency != null;
    }
}
