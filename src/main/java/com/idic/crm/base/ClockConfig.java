package com.idic.crm.base;

import java.time.Clock;

import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfig {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** "Not in the future" (@PastOrPresent) at the service boundary measured by the same clock as every other rule. */
    @Bean
    ValidationConfigurationCustomizer validationUsesTheApplicationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
