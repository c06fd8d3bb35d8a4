package com.idic.crm.security;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The API under /api/**: stateless, authenticated by API key alone (no session, no sign-in form, hence
 * no CSRF token), every request needing the API_CLIENT role. Ordered before Vaadin's chain, which keeps
 * everything else. A missing, unknown or revoked key gets 401 with a JSON body.
 */
@Configuration
class ApiSecurityConfig {

    static final String UNAUTHORIZED = """
            {"status":401,"error":"unauthorized","message":"A valid API key is required: send it as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'."}""";
    static final String FORBIDDEN = """
            {"status":403,"error":"forbidden","message":"This API key may not call this endpoint."}""";

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiKeys keys, SecurityContextHolderStrategy contexts) throws Exception {
        return http.securityMatcher(ApiSecurityConfig::isApiRequest)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable())
                .addFilterBefore(new ApiKeyFilter(keys, contexts), AuthorizationFilter.class)
                // the error page of an API request (404, 405, 500) shows the status, not a redirect to the sign-in form
                .authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().hasRole(AppRoles.API_CLIENT))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> json(response, HttpStatus.UNAUTHORIZED, UNAUTHORIZED))
                        .accessDeniedHandler((request, response, e) -> json(response, HttpStatus.FORBIDDEN, FORBIDDEN)))
                .build();
    }

    /** A request under /api/, or the error dispatch of one. */
    static boolean isApiRequest(HttpServletRequest request) {
        String path = request.getDispatcherType() == DispatcherType.ERROR
                ? String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))
                : request.getRequestURI();
        return path.startsWith(request.getContextPath() + "/api/");
    }

    private static void json(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String body)
            throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }
}
