package com.idic.crm.complaint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock, set by the test: every service reads it, so SLA rules are checked at exact instants.
 * The instants lie in the past, so the jobs of other tests, which run at the real time, see these complaints as long
 * overdue at most, and these tests' jobs see everyone else's complaints as not yet received.
 */
public class SettableClock extends Clock {

    private volatile Instant now;

    SettableClock(Instant now) {
        this.now = now;
    }

    void set(Instant instant) {
        now = instant;
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    /** Import this into a test to run the application on a {@link SettableClock}. */
    @TestConfiguration
    public static class Config {
        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock(Instant.parse("2026-03-02T01:00:00Z"));
        }
    }
}
