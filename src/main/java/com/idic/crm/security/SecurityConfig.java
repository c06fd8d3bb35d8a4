package com.idic.crm.security;

import com.idic.crm.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

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
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
