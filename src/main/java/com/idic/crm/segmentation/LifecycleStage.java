package com.idic.crm.segmentation;

/** Relationship lifecycle stage (DOMAIN.md section 2 and 6). */
public enum LifecycleStage {
    POTENTIAL, ACQUISITION, GROWTH, MATURITY, DECLINE, TERMINATION
}
