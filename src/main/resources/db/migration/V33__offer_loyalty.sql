-- Frequency marketing (DOMAIN.md section 4): a loyalty reward line suggested on offers for frequent buyers.

ALTER TABLE offer_line ADD COLUMN reward BOOLEAN NOT NULL DEFAULT FALSE;

-- one rule: a customer with at least min_orders orders in the last `months` months is offered discount_percent off
CREATE TABLE offer_loyalty_rule (
    id               INT           NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    min_orders       INT           NOT NULL,
    months           INT           NOT NULL,
    discount_percent DECIMAL(5, 2) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO offer_loyalty_rule (id, min_orders, months, discount_percent) VALUES (1, 5, 12, 3.00);
