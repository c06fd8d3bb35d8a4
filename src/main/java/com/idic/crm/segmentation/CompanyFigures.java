package com.idic.crm.segmentation;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.idic.crm.segmentation.domain.GroupClv;

/**
 * The company's figures of one run: churn (customers active at A - 12 months and no longer at A),
 * expected lifetime, group CLV (Dwyer) and the medians the value matrix splits at.
 */
public record CompanyFigures(
        long runId,
        LocalDate analysisDate,
        long customers,
        long customersWithOrders,
        long activeAtStart,
        long activeAtEnd,
        long churned,
        BigDecimal churnRate,
        BigDecimal expectedLifetimeYears,
        /** p-bar: average P of customers active at A */
        BigDecimal averageProfit,
        BigDecimal groupClv,
        BigDecimal discountRate,
        int lifetimeCapYears,
        BigDecimal revenue12m,
        BigDecimal profit12m,
        BigDecimal medianProfit,
        BigDecimal medianFutureClv) {

    /** Group CLV if the churn rate were {@code churnRate} instead (for the retention what-if). */
    public BigDecimal groupClvAt(BigDecimal churnRate) {
        return GroupClv.of(churnRate, averageProfit, discountRate, lifetimeCapYears).value();
    }

    /** Expected lifetime (years) if the churn rate were {@code churnRate}. */
    public BigDecimal expectedLifetimeAt(BigDecimal churnRate) {
        return GroupClv.of(churnRate, averageProfit, discountRate, lifetimeCapYears).lifetimeYears();
    }
}
