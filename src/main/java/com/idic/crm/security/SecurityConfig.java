package com.idic.crm.security;

import java.util.Map;

import com.idic.crm.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /** The {id} prefix names the parameters; a stronger setting later gets a new id and old hashes keep working. */
    static final String PBKDF2_ID = "pbkdf2-sha256-600000";

    /**
     * Vaadin's own configuration creates a strategy (with its own thread-local) per Spring
     * context and installs it in the static SecurityContextHolder. With two contexts in one
     * JVM - as in the test suite, where the HTTP login test runs a second one - the static
     * holder then reads another context's thread-local and {@link CurrentUser} sees nobody.
     * One shared instance keeps them in step; a single production context behaves the same.
     */
    private static final VaadinAwareSecurityContextHolderStrategy CONTEXT_HOLDER_STRATEGY =
            new VaadinAwareSecurityContextHolderStrategy();

    @Bean
    static VaadinAwareSecurityContextHolderStrategy securityContextHolderStrategy() {
        SecurityContextHolder.setContextHolderStrategy(CONTEXT_HOLDER_STRATEGY);
        return CONTEXT_HOLDER_STRATEGY;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager loginAuthentication,
                                            SessionRegistry sessionRegistry) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**").permitAll());
        http.authenticationManager(loginAuthentication);
        // unlimited sessions per user, but registered, so that UserSessions can end them
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    AuthenticationManager loginAuthentication(DatabaseUserDetailsService users, PasswordEncoder passwordEncoder,
                                              LoginThrottle throttle, SecurityEvents events) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        passwordCheck.setUserDetailsPasswordService(users); // old bcrypt hashes become PBKDF2 at the next sign-in
        return new ProviderManager(new ThrottledAuthenticationProvider(passwordCheck, throttle, events));
    }

    /**
     * PBKDF2-HMAC-SHA256 with 600,000 iterations (the OWASP recommendation) takes passwords of any length;
     * bcrypt would silently ignore everything after 72 bytes of a 128-character password. Hashes made
     * before, bcrypt without a prefix, still match and are re-hashed when their owner signs in.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        PasswordEncoder pbkdf2 = new Pbkdf2PasswordEncoder("", 16, 600_000, SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
        PasswordEncoder bcrypt = new BCryptPasswordEncoder();
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(PBKDF2_ID, Map.of(PBKDF2_ID, pbkdf2, "bcrypt", bcrypt));
        encoder.setDefaultPasswordEncoderForMatches(bcrypt);
        return encoder;
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends or changes its id. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Makes method security publish denials, which the security event log records. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }
}
