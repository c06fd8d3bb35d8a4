-- The intake API's Idempotency-Keys: a repeated post returns the complaint the first one created.
CREATE TABLE complaint_intake (
    idempotency_key  VARCHAR(100) NOT NULL PRIMARY KEY,
    complaint_id     BIGINT       NOT NULL,
    customer_id      BIGINT       NOT NULL,
    customer_created BOOLEAN      NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    CONSTRAINT fk_intake_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
