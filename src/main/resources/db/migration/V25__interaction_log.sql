-- Contact history (DOMAIN.md section 3): every conversation with a customer, in or out, on any channel.
-- The customer page lists a customer's interactions newest first and the timeline pages them by
-- (occurred_at, id), so one index serves both.
CREATE TABLE interaction (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    customer_id  BIGINT        NOT NULL,
    channel      VARCHAR(16)   NOT NULL,
    direction    VARCHAR(16)   NOT NULL,
    content_type VARCHAR(16)   NOT NULL,
    summary      VARCHAR(2000) NOT NULL,
    handled_by   VARCHAR(64)   NOT NULL,
    occurred_at  DATETIME(6)   NOT NULL,
    recorded_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_interaction_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_interaction_customer_time ON interaction (customer_id, occurred_at, id);

-- Interactions follow their customer into a merge and back out when it is undone.
CREATE TABLE interaction_merge_move (
    merge_id       BIGINT NOT NULL,
    interaction_id BIGINT NOT NULL,
    PRIMARY KEY (merge_id, interaction_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The relationship level the company keeps with a customer (basic ... partnership). A customer without
-- a row is at the basic level; every change is kept with who made it.
CREATE TABLE customer_relationship (
    customer_id BIGINT      NOT NULL PRIMARY KEY,
    version     BIGINT      NOT NULL DEFAULT 0,
    level       VARCHAR(16) NOT NULL,
    changed_by  VARCHAR(64) NOT NULL,
    changed_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_relationship_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE relationship_change (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id BIGINT      NOT NULL,
    old_level   VARCHAR(16) NULL,
    new_level   VARCHAR(16) NOT NULL,
    changed_by  VARCHAR(64) NOT NULL,
    changed_at  DATETIME(6) NOT NULL,
    INDEX ix_relationship_change_customer (customer_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
