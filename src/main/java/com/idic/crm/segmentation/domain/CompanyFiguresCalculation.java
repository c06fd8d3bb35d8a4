package com.idic.crm.segmentation.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;

import com.idic.crm.segmentation.CompanyFigures;
import com.idic.crm.segmentation.SegmentationSettings;

/** Churn, expected lifetime and group CLV from the counts and sums a run gathers (the same for SQL and Java). */
public final class CompanyFiguresCalculation {

    private CompanyFiguresCalculation() {
    }

    public static CompanyFigures figures(long runId, LocalDate analysisDate, SegmentationSettings settings,
                                         long customers, long withOrders, long activeAtStart, long activeAtEnd,
                                         long churned, BigDecimal profitOfActive, BigDecimal revenue,
                                         BigDecimal profit, ValueMatrix matrix) {
        BigDecimal churnRate = activeAtStart == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(churned).divide(BigDecimal.valueOf(activeAtStart), MathContext.DECIMAL128);
        BigDecimal averageProfit = activeAtEnd == 0 ? BigDecimal.ZERO
                : profitOfActive.divide(BigDecimal.valueOf(activeAtEnd), MathContext.DECIMAL128);
        GroupClv group = GroupClv.of(churnRate, averageProfit, settings.clv().discountRate(),
                settings.clv().lifetimeCapYears());
        return new CompanyFigures(runId, analysisDate, customers, withOrders, activeAtStart, activeAtEnd, churned,
                churnRate.setScale(6, RoundingMode.HALF_UP), group.lifetimeYears(),
                averageProfit.setScale(4, RoundingMode.HALF_UP), group.value(), settings.clv().discountRate(),
                settings.clv().lifetimeCapYears(), revenue, profit, matrix.profit().value(),
                matrix.futureClv().value());
    }
}
