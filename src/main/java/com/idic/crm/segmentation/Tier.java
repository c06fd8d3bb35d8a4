package com.idic.crm.segmentation;

/** Value pyramid tier by profit rank (DOMAIN.md section 6), top first. */
public enum Tier {
    PLATINUM, GOLD, IRON, LEAD
}
