package com.idic.crm.customer;

import java.time.LocalDate;

/**
 * When a customer record needs verifying again (每条信息有最后核实日期): never verified, or
 * last verified more than {@code staleAfterDays} days before {@code today}. A record verified
 * exactly {@code staleAfterDays} days ago is still current.
 */
public record VerificationRule(LocalDate today, int staleAfterDays) {

    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 3650;

    /** Verification dates strictly before this one are stale. */
    public LocalDate staleBefore() {
        return today.minusDays(staleAfterDays);
    }

    public boolean needsVerification(LocalDate lastVerifiedOn) {
        return lastVerifiedOn == null || lastVerifiedOn.isBefore(staleBefore());
    }
}
