-- Tailored offers for customization requests, their lines, their history and the approval rules per tier.

CREATE SEQUENCE offer_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE offer_line_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE offer_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE offer (
    id                   BIGINT         NOT NULL PRIMARY KEY,
    version              BIGINT         NOT NULL DEFAULT 0,
    request_id           BIGINT         NOT NULL,
    customer_id          BIGINT         NOT NULL,
    customer_name        VARCHAR(200)   NOT NULL,
    family_id            BIGINT         NULL,
    version_no           INT            NOT NULL,
    previous_version_id  BIGINT         NULL,
    state                VARCHAR(24)    NOT NULL,
    tier                 VARCHAR(16)    NULL,
    valid_until          DATE           NOT NULL,
    notes                VARCHAR(4000)  NULL,
    state_reason         VARCHAR(2000)  NULL,
    author               VARCHAR(64)    NOT NULL,
    created_at           DATETIME(6)    NOT NULL,
    changed_at           DATETIME(6)    NOT NULL,
    decided_by           VARCHAR(64)    NULL,
    list_total           DECIMAL(16, 2) NOT NULL,
    net_total            DECIMAL(16, 2) NOT NULL,
    cost_total           DECIMAL(16, 2) NOT NULL,
    margin_percent       DECIMAL(9, 2)  NULL,
    max_discount_percent DECIMAL(5, 2)  NOT NULL,
    CONSTRAINT fk_offer_request FOREIGN KEY (request_id) REFERENCES customization_request (id),
    CONSTRAINT fk_offer_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the request page, the customer tab and timeline, the approval queue (oldest waiting first), the expiry job
CREATE INDEX ix_offer_request ON offer (request_id, id);
CREATE INDEX ix_offer_customer ON offer (customer_id, created_at, id);
CREATE INDEX ix_offer_state ON offer (state, changed_at, id);
CREATE INDEX ix_offer_state_valid ON offer (state, valid_until);

CREATE TABLE offer_line (
    id               BIGINT         NOT NULL PRIMARY KEY,
    offer_id         BIGINT         NOT NULL,
    position         INT            NOT NULL,
    catalog_item_id  BIGINT         NULL,
    code             VARCHAR(40)    NULL,
    description      VARCHAR(300)   NOT NULL,
    quantity         DECIMAL(12, 2) NOT NULL,
    unit_price       DECIMAL(14, 2) NOT NULL,
    unit_cost        DECIMAL(14, 2) NOT NULL,
    discount_percent DECIMAL(5, 2)  NOT NULL,
    CONSTRAINT fk_offer_line_offer FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE,
    CONSTRAINT fk_offer_line_catalog FOREIGN KEY (catalog_item_id) REFERENCES catalog_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_offer_line_offer ON offer_line (offer_id, position);

CREATE TABLE offer_event (
    id         BIGINT        NOT NULL PRIMARY KEY,
    offer_id   BIGINT        NOT NULL,
    at         DATETIME(6)   NOT NULL,
    username   VARCHAR(64)   NOT NULL,
    action     VARCHAR(24)   NOT NULL,
    from_state VARCHAR(24)   NULL,
    to_state   VARCHAR(24)   NOT NULL,
    note       VARCHAR(2000) NULL,
    CONSTRAINT fk_offer_event_offer FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_offer_event_offer ON offer_event (offer_id, at, id);

-- what a marketer may give on their own, per tier (defaults of issue 8: discount up to 10 %, margin at least 20 %)
CREATE TABLE offer_approval_rule (
    tier_key             VARCHAR(16)   NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL DEFAULT 0,
    max_discount_percent DECIMAL(5, 2) NOT NULL,
    min_margin_percent   DECIMAL(5, 2) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO offer_approval_rule (tier_key, max_discount_percent, min_margin_percent) VALUES
    ('PLATINUM', 10.00, 20.00), ('GOLD', 10.00, 20.00), ('IRON', 10.00, 20.00), ('LEAD', 10.00, 20.00),
    ('UNSCORED', 10.00, 20.00);
