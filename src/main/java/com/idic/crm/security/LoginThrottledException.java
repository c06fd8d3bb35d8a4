package com.idic.crm.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused without looking at the password: too many failures for this user name, wait first. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration wait;

    public LoginThrottledException(Duration wait) {
        super("Too many failed sign-ins; wait " + wait.toSeconds() + " s");
        this.wait = wait;
    }

    public Duration waitFor() {
        return wait;
    }

    /** Whole minutes to tell the user, rounded up so that "1 minute" is never too short. */
    public long minutesToWait() {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
