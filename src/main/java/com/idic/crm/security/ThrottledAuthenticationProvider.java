package com.idic.crm.security;

import java.time.Duration;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * The password check of the login form, behind the {@link LoginThrottle}, and the place where every
 * sign-in outcome is written to the security event log.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;
    private final SecurityEvents events;

    ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle, SecurityEvents events) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        Optional<Duration> wait = throttle.remainingDelay(username);
        if (wait.isPresent()) {
            events.recordAs(username, SecurityEventType.LOGIN_THROTTLED, username, "wait " + wait.get().toSeconds() + " s");
            throw new LoginThrottledException(wait.get());
        }
        try {
            Authentication authenticated = passwordCheck.authenticate(attempt);
            throttle.recordSuccess(username);
            events.recordAs(username, SecurityEventType.LOGIN_SUCCEEDED, username, null);
            return authenticated;
        } catch (InternalAuthenticationServiceException e) {
            throw e; // the database failed, not the user: nothing to count
        } catch (AuthenticationException e) {
            Optional<Duration> delay = throttle.recordFailure(username);
            events.recordAs(username, SecurityEventType.LOGIN_FAILED, username, reason(e)
                    + delay.map(d -> "; next attempt in " + d.toSeconds() + " s").orElse(""));
            if (delay.isPresent()) {
                throw new LoginThrottledException(delay.get());
            }
            throw e;
        }
    }

    private static String reason(AuthenticationException e) {
        if (e instanceof DisabledException) {
            return "account disabled";
        }
        return e instanceof BadCredentialsException ? "wrong user name or password" : e.getClass().getSimpleName();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
