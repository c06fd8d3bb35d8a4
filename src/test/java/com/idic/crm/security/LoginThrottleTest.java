package com.idic.crm.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class LoginThrottleTest {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired
    JdbcTemplate jdbc;

    private final String account = "throttled-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theDelayStartsAtTheFifthFailureAndGrowsToFifteenMinutes() {
        assertThat(LoginThrottle.delayAfter(4)).isEmpty();
        assertThat(LoginThrottle.delayAfter(5)).contains(Duration.ofSeconds(30));
        assertThat(LoginThrottle.delayAfter(6)).contains(Duration.ofMinutes(1));
        assertThat(LoginThrottle.delayAfter(9)).contains(Duration.ofMinutes(8));
        assertThat(LoginThrottle.delayAfter(10)).contains(Duration.ofMinutes(15));
        assertThat(LoginThrottle.delayAfter(1000)).contains(Duration.ofMinutes(15));
    }

    @Test
    void fiveFailuresPauseTheAccountOnEveryNodeUntilTheDelayIsOver() {
        LoginThrottle node1 = at(START);
        LoginThrottle node2 = at(START);
        for (int i = 0; i < 4; i++) {
            assertThat((i % 2 == 0 ? node1 : node2).recordFailure(account)).isEmpty();
        }
        assertThat(node2.remainingDelay(account)).isEmpty();

        assertThat(node1.recordFailure(account)).contains(Duration.ofSeconds(30));

        assertThat(node2.remainingDelay(account.toUpperCase())).contains(Duration.ofSeconds(30));
        assertThat(at(START.plusSeconds(20)).remainingDelay(account)).contains(Duration.ofSeconds(10));
        assertThat(at(START.plusSeconds(30)).remainingDelay(account)).isEmpty();
        assertThat(at(START.plusSeconds(31)).recordFailure(account)).contains(Duration.ofMinutes(1));
    }

    @Test
    void aSuccessOrADayWithoutFailuresStartsTheCountAnew() {
        LoginThrottle now = at(START);
        for (int i = 0; i < 4; i++) {
            now.recordFailure(account);
        }
        now.recordSuccess(account);
        assertThat(now.recordFailure(account)).isEmpty();

        for (int i = 0; i < 3; i++) {
            now.recordFailure(account);
        }
        assertThat(at(START.plus(Duration.ofHours(25))).recordFailure(account)).isEmpty();
    }

    private LoginThrottle at(Instant instant) {
        return new LoginThrottle(jdbc, Clock.fixed(instant, ZoneOffset.UTC));
    }
}
