package com.idic.crm.complaint;

/** Lowest first; {@link #rank()} orders "most urgent first" in SQL. */
public enum ComplaintPriority {
    LOW, NORMAL, HIGH, URGENT;

    public int rank() {
        return ordinal() + 1;
    }

    /** One step up, as a breach escalates it; URGENT stays URGENT. */
    public ComplaintPriority raised() {
        return this == URGENT ? URGENT : values()[ordinal() + 1];
    }
}
