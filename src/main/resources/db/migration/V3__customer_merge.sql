-- Merging duplicate customers, with enough detail to undo a merge exactly.

-- The duplicate finder joins customers on each normalized key among unmerged records only;
-- with merged_into_id in the index the self-join is answered from the index alone.
-- Each new index starts with the old one's columns, so it serves every query the old one did.
CREATE INDEX ix_customer_phone_dup ON customer (phone_key, merged_into_id);
CREATE INDEX ix_customer_email_dup ON customer (email_key, merged_into_id);
CREATE INDEX ix_customer_name_region_dup ON customer (name_key, region, merged_into_id);
DROP INDEX ix_customer_phone_key ON customer;
DROP INDEX ix_customer_email_key ON customer;
DROP INDEX ix_customer_name_key ON customer;

CREATE SEQUENCE customer_merge_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE customer_merge (
    id        BIGINT      NOT NULL PRIMARY KEY,
    version   BIGINT      NOT NULL DEFAULT 0,
    kept_id   BIGINT      NOT NULL,
    merged_id BIGINT      NOT NULL,
    merged_by VARCHAR(64) NOT NULL,
    merged_at DATETIME(6) NOT NULL,
    undone_by VARCHAR(64) NULL,
    undone_at DATETIME(6) NULL,
    CONSTRAINT fk_merge_kept FOREIGN KEY (kept_id) REFERENCES customer (id),
    CONSTRAINT fk_merge_merged FOREIGN KEY (merged_id) REFERENCES customer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_merge_merged_at ON customer_merge (merged_at, id);

-- contacts the merge moved from the duplicate to the kept record
CREATE TABLE customer_merge_contact (
    merge_id   BIGINT NOT NULL,
    contact_id BIGINT NOT NULL,
    PRIMARY KEY (merge_id, contact_id),
    CONSTRAINT fk_merge_contact_merge FOREIGN KEY (merge_id) REFERENCES customer_merge (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- empty fields of the kept record the merge filled: the value before (to restore) and the value filled
-- (to notice a later edit that an undo would overwrite)
CREATE TABLE customer_merge_field (
    merge_id       BIGINT      NOT NULL,
    field_name     VARCHAR(50) NOT NULL,
    previous_value TEXT        NULL,
    filled_value   TEXT        NOT NULL,
    PRIMARY KEY (merge_id, field_name),
    CONSTRAINT fk_merge_field_merge FOREIGN KEY (merge_id) REFERENCES customer_merge (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- owned by the order feature: which orders a merge moved, so its undo moves exactly those back
CREATE TABLE order_merge_move (
    merge_id BIGINT NOT NULL,
    order_id BIGINT NOT NULL,
    PRIMARY KEY (merge_id, order_id),
    CONSTRAINT fk_order_move_merge FOREIGN KEY (merge_id) REFERENCES customer_merge (id),
    CONSTRAINT fk_order_move_order FOREIGN KEY (order_id) REFERENCES customer_order (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
