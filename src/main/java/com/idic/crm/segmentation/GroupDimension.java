package com.idic.crm.segmentation;

/** The groupings a run counts customers, revenue and profit by. */
public enum GroupDimension {
    TIER, ABC, QUADRANT, STAGE
}
