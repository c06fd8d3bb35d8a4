package com.idic.crm.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request by its key, sent as {@code Authorization: Bearer <key>} or {@code X-API-Key}.
 * No key or an unknown or revoked one leaves the request anonymous, and the API chain answers 401.
 */
class ApiKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";
    private static final String BEARER = "Bearer ";

    private final ApiKeys keys;
    private final SecurityContextHolderStrategy contexts;

    ApiKeyFilter(ApiKeys keys, SecurityContextHolderStrategy contexts) {
        this.keys = keys;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Authentication> client = keys.authenticate(presentedKey(request));
        if (client.isPresent()) {
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(client.get());
            contexts.setContext(context);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }

    private static String presentedKey(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return authorization.substring(BEARER.length()).strip();
        }
        String header = request.getHeader(HEADER);
        return header == null ? null : header.strip();
    }
}
