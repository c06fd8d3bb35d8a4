-- Customization requests (DOMAIN.md section 4): a customer's need on its way to an offer.
-- Tier and quadrant are kept as they were at submission so the list filters on them in SQL.

CREATE SEQUENCE customization_request_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE customization_request (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    customer_id     BIGINT        NOT NULL,
    customer_name   VARCHAR(200)  NOT NULL,
    need_level      VARCHAR(16)   NOT NULL,
    need            VARCHAR(4000) NOT NULL,
    desired_date    DATE          NULL,
    requested_by    VARCHAR(200)  NULL,
    source          VARCHAR(16)   NOT NULL,
    source_id       BIGINT        NULL,
    tier            VARCHAR(16)   NULL,
    quadrant        VARCHAR(16)   NULL,
    suggested_type  VARCHAR(16)   NOT NULL,
    type            VARCHAR(16)   NULL,
    delivery_means  VARCHAR(32)   NULL,
    state           VARCHAR(24)   NOT NULL,
    decision_reason VARCHAR(2000) NULL,
    owner           VARCHAR(64)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    decided_at      DATETIME(6)   NULL,
    CONSTRAINT fk_customization_request_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the customer's tab and timeline (newest first), and the list: newest first, optionally within a state
CREATE INDEX ix_customization_request_customer ON customization_request (customer_id, created_at, id);
CREATE INDEX ix_customization_request_created ON customization_request (created_at, id);
CREATE INDEX ix_customization_request_state ON customization_request (state, created_at, id);
CREATE INDEX ix_customization_request_owner ON customization_request (owner, created_at, id);
