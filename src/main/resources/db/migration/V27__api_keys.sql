-- Keys with which other systems (web forms, mail gateways) call /api/**. Only a SHA-256 hash of a key is
-- stored: the key itself is shown once, when it is made. A key has 256 random bits, so a fast hash is
-- enough and lets a request find its key by an index lookup.
CREATE TABLE api_key (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    name         VARCHAR(100) NOT NULL,
    key_hash     VARCHAR(64)  NOT NULL,
    -- the first characters of the key, so an administrator can tell which key a client holds
    key_prefix   VARCHAR(16)  NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6)  NULL,
    revoked_by   VARCHAR(64)  NULL,
    revoked_at   DATETIME(6)  NULL,
    CONSTRAINT uk_api_key_hash UNIQUE (key_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
