package com.idic.crm.segmentation.domain;

import java.math.BigDecimal;

import com.idic.crm.segmentation.AbcClass;
import com.idic.crm.segmentation.SegmentationSettings;

/** A if the revenue of everyone ranked above is below 80% of the total, B below 95%, else C. */
public final class AbcClassifier {

    private final SegmentationSettings.Abc cutoffs;

    public AbcClassifier(SegmentationSettings.Abc cutoffs) {
        this.cutoffs = cutoffs;
    }

    public AbcClass classify(BigDecimal revenueAbove, BigDecimal totalRevenue) {
        if (totalRevenue.signum() == 0) {
            return AbcClass.C;
        }
        if (revenueAbove.compareTo(cutoffs.aShare().multiply(totalRevenue)) < 0) {
            return AbcClass.A;
        }
        return revenueAbove.compareTo(cutoffs.bShare().multiply(totalRevenue)) < 0 ? AbcClass.B : AbcClass.C;
    }
}
