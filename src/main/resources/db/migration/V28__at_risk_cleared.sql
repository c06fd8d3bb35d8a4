-- A customer's "at risk" mark (complaint_customer_at_risk) is cleared by the service desk or a manager after a
-- successful call-back, with a reason. Each clearing is kept: when the mark was set, by which complaint, who
-- cleared it, when and why. The customer timeline reads them through the complaint (which follows merges).
CREATE TABLE complaint_at_risk_cleared (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id  BIGINT       NOT NULL,
    complaint_id BIGINT       NOT NULL,
    marked_since DATETIME(6)  NOT NULL,
    cleared_by   VARCHAR(64)  NOT NULL,
    cleared_at   DATETIME(6)  NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    INDEX ix_at_risk_cleared_complaint (complaint_id, cleared_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
