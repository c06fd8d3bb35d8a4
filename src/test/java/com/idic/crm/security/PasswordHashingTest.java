package com.idic.crm.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHashingTest {

    private final PasswordEncoder encoder = new SecurityConfig().passwordEncoder();

    @Test
    void everyCharacterOfALongPasswordCounts() {
        String longPassword = "a".repeat(127) + "b";
        String hash = encoder.encode(longPassword);

        assertThat(hash).startsWith("{" + SecurityConfig.PBKDF2_ID + "}").hasSizeLessThanOrEqualTo(255);
        assertThat(encoder.matches(longPassword, hash)).isTrue();
        // bcrypt would accept this one: the first 72 bytes are the same
        assertThat(encoder.matches("a".repeat(128), hash)).isFalse();
    }

    @Test
    void hashesFromBeforeStillMatchAndAreMarkedForUpgrade() {
        String oldHash = new BCryptPasswordEncoder().encode("an old password");

        assertThat(encoder.matches("an old password", oldHash)).isTrue();
        assertThat(encoder.matches("another password", oldHash)).isFalse();
        assertThat(encoder.upgradeEncoding(oldHash)).isTrue();
        assertThat(encoder.upgradeEncoding(encoder.encode("a new password"))).isFalse();
    }
}
