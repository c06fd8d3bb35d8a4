package com.idic.crm.security;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work the application starts by itself (demo data at first start, nightly jobs) passes the same
 * role checks as a person would: it runs as the user "system" with the ADMIN role, and audit fields
 * say "system" rather than a made-up person.
 */
public final class SystemAuthentication {

    public static final String USERNAME = "system";

    private SystemAuthentication() {
    }

    public static Authentication token() {
        return UsernamePasswordAuthenticationToken.authenticated(USERNAME, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.ADMIN)));
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Runs the work as "system" and restores whatever context the calling thread had. */
    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(token());
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
