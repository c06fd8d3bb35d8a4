package com.idic.crm.base;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.domain.Customer;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** "Not in the future" is judged by the application's Clock, not the machine's. */
@SpringBootTest
@ActiveProfiles("test")
class ValidationClockTest {

    @TestConfiguration
    static class TwentyTwenty {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    Validator validator;

    @Test
    void aBirthDateAfterTheApplicationsTodayIsInTheFuture() {
        Customer customer = new Customer(CustomerType.INDIVIDUAL, "Zhao Lei", LocalDate.of(2019, 12, 1));
        customer.setBirthDate(LocalDate.of(2020, 6, 1));

        assertThat(validator.validate(customer))
                .extracting(violation -> violation.getPropertyPath().toString())
                .containsExactly("birthDate");
    }
}
