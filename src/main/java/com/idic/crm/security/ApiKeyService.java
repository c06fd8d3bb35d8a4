package com.idic.crm.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import com.idic.crm.security.domain.ApiKey;
import com.idic.crm.security.domain.ApiKeyRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Administrators make keys for systems that call the API, list them and revoke them; each step is a security event. */
@Service
@Validated
@RolesAllowed(AppRoles.ADMIN)
public class ApiKeyService {

    public static final int MAX_NAME_LENGTH = 100;

    private final ApiKeyRepository keys;
    private final SecurityEvents events;
    private final Clock clock;

    ApiKeyService(ApiKeyRepository keys, SecurityEvents events, Clock clock) {
        this.keys = keys;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public CreatedApiKey create(@NotBlank @Size(max = MAX_NAME_LENGTH) String name) {
        String key = ApiKeys.newKey();
        ApiKey saved = keys.saveAndFlush(new ApiKey(name.strip(), ApiKeys.hash(key), ApiKeys.prefix(key),
                CurrentUser.usernameOrSystem(), LocalDateTime.now(clock)));
        events.record(SecurityEventType.API_KEY_CREATED, saved.getName(), "key " + saved.getKeyPrefix() + "\u2026");
        return new CreatedApiKey(row(saved), key);
    }

    @Transactional(readOnly = true)
    public List<ApiKeyRow> list() {
        return keys.listed().stream().map(ApiKeyService::row).toList();
    }

    /** From the next request on the key is refused. A key changed since {@code seen} was read is a conflict. */
    @Transactional
    public ApiKeyRow revoke(@NotNull ApiKeyRow seen) {
        ApiKey key = keys.findById(seen.id()).filter(k -> k.getVersion() == seen.version())
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(ApiKey.class, seen.id()));
        if (key.isRevoked()) {
            return row(key);
        }
        key.revoke(CurrentUser.usernameOrSystem(), LocalDateTime.now(clock));
        ApiKeyRow revoked = row(keys.saveAndFlush(key));
        events.record(SecurityEventType.API_KEY_REVOKED, revoked.name(), "key " + revoked.prefix() + "\u2026");
        return revoked;
    }

    private static ApiKeyRow row(ApiKey k) {
        return new ApiKeyRow(k.getId(), k.getVersion(), k.getName(), k.getKeyPrefix(), k.getCreatedBy(), k.getCreatedAt(),
                k.getLastUsedAt(), k.getRevokedBy(), k.getRevokedAt());
    }
}
