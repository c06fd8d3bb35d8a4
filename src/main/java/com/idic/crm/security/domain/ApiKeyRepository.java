package com.idic.crm.security.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiKeyRepository extends JpaRepository<ApiKey, Long> {

    Optional<ApiKey> findByKeyHash(String keyHash);

    /** Active keys first, then by name. */
    @Query("select k from ApiKey k order by case when k.revokedAt is null then 0 else 1 end, k.name, k.id")
    List<ApiKey> listed();

    /** Without touching the version: a key in use must not make an administrator's revoke a conflict. */
    @Modifying
    @Query("update ApiKey k set k.lastUsedAt = :at where k.id = :id and (k.lastUsedAt is null or k.lastUsedAt < :notBefore)")
    int touch(long id, LocalDateTime at, LocalDateTime notBefore);
}
