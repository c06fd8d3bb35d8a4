package com.idic.crm.segmentation;

import com.idic.crm.customer.CustomerType;

/**
 * What the scored-customer list is narrowed to. {@code runId} null = the latest successful run;
 * every other criterion is optional (null = any); score ranges are inclusive; region is exact.
 * {@code scoredOnly} leaves out customers without an order up to A.
 */
public record ScoreFilter(
        Long runId,
        Tier tier,
        AbcClass abcClass,
        Quadrant quadrant,
        String rfmCode,
        Integer recencyMin, Integer recencyMax,
        Integer frequencyMin, Integer frequencyMax,
        Integer monetaryMin, Integer monetaryMax,
        CreditRating creditRating,
        LifecycleStage stage,
        String region,
        CustomerType customerType,
        boolean scoredOnly) {

    public static ScoreFilter all() {
        return new ScoreFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, false);
    }

    /** True if no criterion narrows the list (the run and {@code scoredOnly} aside). */
    public boolean wholeList() {
        return tier == null && abcClass == null && quadrant == null && (rfmCode == null || rfmCode.isBlank())
                && recencyMin == null && recencyMax == null && frequencyMin == null && frequencyMax == null
                && monetaryMin == null && monetaryMax == null && creditRating == null && stage == null
                && (region == null || region.isBlank()) && customerType == null;
    }

    public ScoreFilter inRun(Long run) {
        return new ScoreFilter(run, tier, abcClass, quadrant, rfmCode, recencyMin, recencyMax, frequencyMin,
                frequencyMax, monetaryMin, monetaryMax, creditRating, stage, region, customerType, scoredOnly);
    }

    public ScoreFilter withTier(Tier value) {
        return new ScoreFilter(runId, value, abcClass, quadrant, rfmCode, recencyMin, recencyMax, frequencyMin,
                frequencyMax, monetaryMin, monetaryMax, creditRating, stage, region, customerType, scoredOnly);
    }

    public ScoreFilter withAbcClass(AbcClass value) {
        return new ScoreFilter(runId, tier, value, quadrant, rfmCode, recencyMin, recencyMax, frequencyMin,
                frequencyMax, monetaryMin, monetaryMax, creditRating, stage, region, customerType, scoredOnly);
    }

    public ScoreFilter withQuadrant(Quadrant value) {
        return new ScoreFilter(runId, tier, abcClass, value, rfmCode, recencyMin, recencyMax, frequencyMin,
                frequencyMax, monetaryMin, monetaryMax, creditRating, stage, region, customerType, scoredOnly);
    }

    public ScoreFilter withStage(LifecycleStage value) {
        return new ScoreFilter(runId, tier, abcClass, quadrant, rfmCode, recencyMin, recencyMax, frequencyMin,
                frequencyMax, monetaryMin, monetaryMax, creditRating, value, region, customerType, scoredOnly);
    }

    /** Customers in one cell of the R x F grid. */
    public ScoreFilter withRecencyAndFrequency(int recency, int frequency) {
        return new ScoreFilter(runId, tier, abcClass, quadrant, rfmCode, recency, recency, frequency, frequency,
                monetaryMin, monetaryMax, creditRating, stage, region, customerType, scoredOnly);
    }
}
