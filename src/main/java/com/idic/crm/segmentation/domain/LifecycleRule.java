package com.idic.crm.segmentation.domain;

import com.idic.crm.segmentation.LifecycleStage;
import com.idic.crm.segmentation.SegmentationSettings;

/** The lifecycle stage from order history; the first rule that matches wins (DOMAIN.md section 6). */
public final class LifecycleRule {

    private final SegmentationSettings.Lifecycle thresholds;
    private final AnalysisDates dates;

    public LifecycleRule(SegmentationSettings.Lifecycle thresholds, AnalysisDates dates) {
        this.thresholds = thresholds;
        this.dates = dates;
    }

    public LifecycleStage stage(CustomerFacts facts) {
        if (!facts.hasOrders()) {
            return LifecycleStage.POTENTIAL;
        }
        if (!facts.lastOrder().isAfter(dates.terminationOnOrBefore())) {
            return LifecycleStage.TERMINATION;
        }
        if (facts.firstOrder().isAfter(dates.acquisitionAfter())) {
            return LifecycleStage.ACQUISITION;
        }
        if (!facts.lastOrder().isAfter(dates.declineOnOrBefore())
                || facts.profit12m().compareTo(thresholds.declineFactor().multiply(facts.profitPrev12m())) < 0) {
            return LifecycleStage.DECLINE;
        }
        if (facts.profit12m().compareTo(thresholds.growthFactor().multiply(facts.profitPrev12m())) > 0) {
            return LifecycleStage.GROWTH;
        }
        return LifecycleStage.MATURITY;
    }
}
