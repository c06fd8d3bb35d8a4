package com.idic.crm.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.idic.crm.security.domain.ApiKey;
import com.idic.crm.security.domain.ApiKeyRepository;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a presented key into the API client it belongs to. Called by the API filter before anyone is
 * authenticated, so it has no public methods and is no service; the key's last use is noted at most once a minute.
 */
@Component
class ApiKeys {

    static final String PREFIX = "idic_";
    private static final int RANDOM_BYTES = 32;
    private static final int SHOWN_CHARACTERS = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiKeyRepository keys;
    private final Clock clock;

    ApiKeys(ApiKeyRepository keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Transactional
    Optional<Authentication> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiKey> key = keys.findByKeyHash(hash(presented)).filter(k -> !k.isRevoked());
        key.ifPresent(k -> {
            LocalDateTime now = LocalDateTime.now(clock);
            keys.touch(k.getId(), now, now.minusMinutes(1));
        });
        return key.map(k -> UsernamePasswordAuthenticationToken.authenticated("api:" + k.getName(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.API_CLIENT))));
    }

    static String newKey() {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static String prefix(String key) {
        return key.substring(0, SHOWN_CHARACTERS);
    }
}
