package com.idic.crm.customer;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerificationRuleTest {

    private final VerificationRule rule = new VerificationRule(LocalDate.of(2026, 3, 1), 365);

    @Test
    void neverVerifiedNeedsVerification() {
        assertThat(rule.needsVerification(null)).isTrue();
    }

    @Test
    void verifiedExactlyThePeriodAgoIsStillCurrentOneDayMoreIsStale() {
        assertThat(rule.needsVerification(LocalDate.of(2025, 3, 1))).isFalse();
        assertThat(rule.needsVerification(LocalDate.of(2025, 2, 28))).isTrue();
        assertThat(rule.staleBefore()).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void recentlyVerifiedIsCurrent() {
        assertThat(rule.needsVerification(LocalDate.of(2026, 3, 1))).isFalse();
        assertThat(new VerificationRule(LocalDate.of(2026, 3, 1), 1).needsVerification(LocalDate.of(2026, 2, 27))).isTrue();
    }
}
