package com.idic.crm.segmentation.domain;

import java.time.LocalDate;

import com.idic.crm.segmentation.SegmentationSettings;

/**
 * The dates the rules compare with, derived from the analysis date A by calendar arithmetic
 * ({@code LocalDate.minusMonths}), so the Java rules and the SQL run use the very same boundaries.
 * Every window is open at its start and closed at its end: (start, end].
 */
public record AnalysisDates(
        LocalDate analysisDate,
        /** start of W, the 24-month window of F, M and credit, and of Pp */
        LocalDate windowStart,
        /** start of the 12-month window of P and revenue; end of Pp */
        LocalDate yearStart,
        /** start of the year before A - 12 months (churn: active at A - 12 months) */
        LocalDate churnStart,
        LocalDate recency5After,
        LocalDate recency4After,
        LocalDate recency3After,
        LocalDate recency2After,
        LocalDate terminationOnOrBefore,
        LocalDate acquisitionAfter,
        LocalDate declineOnOrBefore) {

    public static AnalysisDates of(LocalDate a, SegmentationSettings settings) {
        SegmentationSettings.Rfm rfm = settings.rfm();
        SegmentationSettings.Lifecycle lifecycle = settings.lifecycle();
        LocalDate yearStart = a.minusMonths(12);
        return new AnalysisDates(a, a.minusMonths(24), yearStart, yearStart.minusMonths(12),
                a.minusMonths(rfm.recency5Months()), a.minusMonths(rfm.recency4Months()),
                a.minusMonths(rfm.recency3Months()), a.minusMonths(rfm.recency2Months()),
                a.minusMonths(lifecycle.terminationMonths()), a.minusMonths(lifecycle.acquisitionMonths()),
                a.minusMonths(lifecycle.declineMonths()));
    }

    public boolean inWindow(LocalDate date) {
        return date.isAfter(windowStart) && !date.isAfter(analysisDate);
    }

    public boolean inLastYear(LocalDate date) {
        return date.isAfter(yearStart) && !date.isAfter(analysisDate);
    }

    public boolean inYearBefore(LocalDate date) {
        return date.isAfter(windowStart) && !date.isAfter(yearStart);
    }

    /** Active at A - 12 months: an order in (A - 12 months - 12 months, A - 12 months]. */
    public boolean inChurnBaseYear(LocalDate date) {
        return date.isAfter(churnStart) && !date.isAfter(yearStart);
    }
}
