package com.idic.crm.security;

import jakarta.annotation.security.PermitAll;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing for one account (ASVS 5.0 6.3.1): from the fifth failure in a row, the
 * account's next attempt has to wait 30 seconds, then twice as long after each further failure, at most
 * 15 minutes. Counted per submitted user name whether the account exists or not, so the delay says
 * nothing about which accounts exist; kept in the database so that all nodes of a cluster agree.
 */
@Component
@PermitAll // consulted by the sign-in itself, before anybody is authenticated
class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    /** A failure this long after the previous one starts counting anew. */
    static final Duration FORGET_AFTER = Duration.ofHours(24);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long the account still has to wait before a password is checked again; empty when not at all. */
    @Transactional(readOnly = true)
    public Optional<Duration> remainingDelay(String username) {
        List<Timestamp> until = jdbc.queryForList(
                "SELECT blocked_until FROM login_attempt WHERE username_key = ? AND blocked_until IS NOT NULL",
                Timestamp.class, key(username));
        LocalDateTime now = LocalDateTime.now(clock);
        return until.stream().map(Timestamp::toLocalDateTime).filter(now::isBefore)
                .map(end -> Duration.between(now, end)).findFirst();
    }

    /** Counts a wrong password; returns the delay the account now has, if any. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Duration> recordFailure(String username) {
        LocalDateTime now = LocalDateTime.now(clock);
        String key = key(username);
        // one statement, so that two nodes counting at the same moment both count
        jdbc.update("""
                INSERT INTO login_attempt (username_key, failures, last_failure, blocked_until) VALUES (?, 1, ?, NULL)
                ON DUPLICATE KEY UPDATE failures = IF(last_failure < ?, 1, failures + 1), last_failure = VALUES(last_failure)""",
                key, Timestamp.valueOf(now), Timestamp.valueOf(now.minus(FORGET_AFTER)));
        int failures = jdbc.queryForObject("SELECT failures FROM login_attempt WHERE username_key = ?", Integer.class, key);
        Optional<Duration> delay = delayAfter(failures);
        delay.ifPresent(wait -> jdbc.update("UPDATE login_attempt SET blocked_until = ? WHERE username_key = ?",
                Timestamp.valueOf(now.plus(wait)), key));
        return delay;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String username) {
        jdbc.update("DELETE FROM login_attempt WHERE username_key = ?", key(username));
    }

    static Optional<Duration> delayAfter(int failures) {
        if (failures < FREE_ATTEMPTS) {
            return Optional.empty();
        }
        int doublings = Math.min(failures - FREE_ATTEMPTS, 10);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return Optional.of(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
    }

    private static String key(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > 128 ? key.substring(0, 128) : key;
    }
}
