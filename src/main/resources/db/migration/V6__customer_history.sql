-- The customer's history (DOMAIN.md section 1: audit of who changed and who viewed the record).
-- Rows are only ever appended (an import may add a million at once in multi-row inserts), so the
-- id is AUTO_INCREMENT rather than a sequence block; the tab pages by (customer_id, id) newest first.
CREATE TABLE customer_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id BIGINT       NOT NULL,
    changed_at  DATETIME(6)  NOT NULL,
    changed_by  VARCHAR(64)  NOT NULL,
    -- CREATED, EDITED, VERIFIED, CONTACT_ADDED, ..., IMPORTED, ANONYMIZED (CustomerChangeKind)
    kind        VARCHAR(32)  NOT NULL,
    -- the customer's column for a field change, null for a change of the record as a whole
    field       VARCHAR(64)  NULL,
    old_value   TEXT         NULL,
    new_value   TEXT         NULL,
    -- where the change came from: an import's file name, the other record of a merge
    detail      VARCHAR(300) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_customer_change_customer ON customer_change (customer_id, id);

-- every opening of a customer page. Neither table has a foreign key: customers are never deleted, and an
-- import appending a million change rows should not pay a lookup per row.
CREATE TABLE customer_view (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id BIGINT      NOT NULL,
    viewed_by   VARCHAR(64) NOT NULL,
    viewed_at   DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_customer_view_customer ON customer_view (customer_id, viewed_by, viewed_at);
