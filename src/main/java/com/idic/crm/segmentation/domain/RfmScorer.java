package com.idic.crm.segmentation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.idic.crm.segmentation.SegmentationSettings;

/** R, F and M points (1..5) by the boundaries of the settings (DOMAIN.md section 6). */
public final class RfmScorer {

    private final SegmentationSettings.Rfm rfm;
    private final AnalysisDates dates;

    public RfmScorer(SegmentationSettings.Rfm rfm, AnalysisDates dates) {
        this.rfm = rfm;
        this.dates = dates;
    }

    /** 5 if the last order is later than A - 1 month, ... 1 if it is on or before A - 12 months. */
    public int recency(LocalDate lastOrder) {
        if (lastOrder.isAfter(dates.recency5After())) {
            return 5;
        }
        if (lastOrder.isAfter(dates.recency4After())) {
            return 4;
        }
        if (lastOrder.isAfter(dates.recency3After())) {
            return 3;
        }
        return lastOrder.isAfter(dates.recency2After()) ? 2 : 1;
    }

    public int frequency(int ordersInWindow) {
        if (ordersInWindow >= rfm.frequency5Orders()) {
            return 5;
        }
        if (ordersInWindow >= rfm.frequency4Orders()) {
            return 4;
        }
        if (ordersInWindow >= rfm.frequency3Orders()) {
            return 3;
        }
        return ordersInWindow >= rfm.frequency2Orders() ? 2 : 1;
    }

    public int monetary(BigDecimal amountInWindow) {
        if (amountInWindow.compareTo(rfm.monetary1Max()) <= 0) {
            return 1;
        }
        if (amountInWindow.compareTo(rfm.monetary2Max()) <= 0) {
            return 2;
        }
        if (amountInWindow.compareTo(rfm.monetary3Max()) <= 0) {
            return 3;
        }
        return amountInWindow.compareTo(rfm.monetary4Max()) <= 0 ? 4 : 5;
    }

    public static String code(int r, int f, int m) {
        return "" + r + f + m;
    }
}
