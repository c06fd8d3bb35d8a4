package com.idic.crm.segmentation;

/** Orders of the scored-customer list the database answers from an index. */
public enum ScoreSort {
    /** most profitable first (pyramid rank) */
    PROFIT_RANK,
    /** most revenue first (ABC rank) */
    REVENUE_RANK,
    /** highest CLV first */
    CLV_TOTAL
}
