-- Notices to users (SLA warnings, escalations, ...): shown under the bell and, when mail is configured, mailed.
-- A notice is stored once per user and dedup key, however many nodes send it at the same moment:
-- the unique key decides, INSERT IGNORE lets the loser pass quietly, and only the winner mails.
CREATE TABLE notice (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username    VARCHAR(64)  NOT NULL,
    dedup_key   VARCHAR(200) NOT NULL,
    message_key VARCHAR(200) NOT NULL,
    -- the message's arguments, separated by U+001F (they are shown, never parsed)
    args        TEXT         NULL,
    route       VARCHAR(300) NULL,
    created_at  DATETIME(6)  NOT NULL,
    read_at     DATETIME(6)  NULL,
    mailed_at   DATETIME(6)  NULL,
    CONSTRAINT uk_notice_user_dedup UNIQUE (username, dedup_key),
    INDEX ix_notice_user_latest (username, id),
    INDEX ix_notice_user_unread (username, read_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Where a user's notices are mailed; null: in the app only.
ALTER TABLE app_user ADD COLUMN email VARCHAR(200) NULL;
