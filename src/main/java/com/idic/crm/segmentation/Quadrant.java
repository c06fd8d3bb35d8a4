package com.idic.crm.segmentation;

/** Value matrix quadrant: current value (profit of 12 months) x future value (future CLV). */
public enum Quadrant {
    /** high current, high future */
    VIP,
    /** high current, low future */
    MAINTAIN,
    /** low current, high future */
    IMPROVE,
    /** low current, low future */
    ABANDON
}
