package com.idic.crm.segmentation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.idic.crm.segmentation.SegmentationSettings;
import com.idic.crm.segmentation.Tier;

/** Tier of the k-th most profitable of N customers: Platinum if k <= ceil(0.01 N), and so on. */
public final class ValuePyramid {

    private final SegmentationSettings.Pyramid shares;

    public ValuePyramid(SegmentationSettings.Pyramid shares) {
        this.shares = shares;
    }

    public Tier tier(long rank, long customers) {
        if (rank <= lastRank(shares.platinumShare(), customers)) {
            return Tier.PLATINUM;
        }
        if (rank <= lastRank(shares.goldShare(), customers)) {
            return Tier.GOLD;
        }
        return rank <= lastRank(shares.ironShare(), customers) ? Tier.IRON : Tier.LEAD;
    }

    /** The last rank within a cumulative share: ceil(share x N). */
    public static long lastRank(BigDecimal share, long customers) {
        return share.multiply(BigDecimal.valueOf(customers)).setScale(0, RoundingMode.CEILING).longValueExact();
    }
}
