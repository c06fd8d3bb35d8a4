package com.idic.crm.segmentation;

/** Credit rating of an organization, best first; NONE = below D (no credit). */
public enum CreditRating {
    A, B, C, D, NONE;

    public CreditRating worse(CreditRating other) {
        return ordinal() >= other.ordinal() ? this : other;
    }
}
