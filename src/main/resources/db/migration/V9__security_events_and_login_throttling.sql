-- PBKDF2 hashes with their {id} prefix are longer than the 60 characters of bcrypt.
ALTER TABLE app_user MODIFY password_hash VARCHAR(255) NOT NULL;

-- Failed sign-ins per submitted user name (existing or not, so the delay tells nothing about which
-- accounts exist). In the database so that every node of a cluster applies the same delay.
CREATE TABLE login_attempt (
    username_key  VARCHAR(128) NOT NULL PRIMARY KEY,
    failures      INT          NOT NULL,
    last_failure  DATETIME(6)  NOT NULL,
    blocked_until DATETIME(6)  NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE SEQUENCE security_event_seq START WITH 1 INCREMENT BY 50;

-- Append-only: who did what to whom, when and from where. The list shows the newest first, filtered by
-- type or actor, so each filter has an index in that order with the id as tie-break.
CREATE TABLE security_event (
    id             BIGINT       NOT NULL PRIMARY KEY,
    occurred_at    DATETIME(6)  NOT NULL,
    type           VARCHAR(32)  NOT NULL,
    actor          VARCHAR(128) NOT NULL,
    subject        VARCHAR(200) NULL,
    detail         VARCHAR(500) NULL,
    remote_address VARCHAR(64)  NULL,
    INDEX ix_security_event_time (occurred_at, id),
    INDEX ix_security_event_type (type, occurred_at, id),
    INDEX ix_security_event_actor (actor, occurred_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
