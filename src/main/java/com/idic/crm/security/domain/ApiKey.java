package com.idic.crm.security.domain;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A key another system calls the API with; only its hash is kept. */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Size(max = 100)
    private String name;

    private String keyHash;

    private String keyPrefix;

    private String createdBy;

    private LocalDateTime createdAt;

    private LocalDateTime lastUsedAt;

    private String revokedBy;

    private LocalDateTime revokedAt;

    protected ApiKey() {
    }

    public ApiKey(String name, String keyHash, String keyPrefix, String createdBy, LocalDateTime createdAt) {
        this.name = name;
        this.keyHash = keyHash;
        this.keyPrefix = keyPrefix;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void revoke(String by, LocalDateTime at) {
        this.revokedBy = by;
        this.revokedAt = at;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getName() { return name; }
    public String getKeyPrefix() { return keyPrefix; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getLastUsedAt() { return lastUsedAt; }
    public String getRevokedBy() { return revokedBy; }
    public LocalDateTime getRevokedAt() { return revokedAt; }
}
