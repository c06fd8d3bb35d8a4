-- Complaints: the four-step process of DOMAIN.md section 3 with SLA clocks, history and escalation claims.

CREATE TABLE complaint_category (
    id       BIGINT       NOT NULL PRIMARY KEY AUTO_INCREMENT,
    version  BIGINT       NOT NULL DEFAULT 0,
    label_en VARCHAR(100) NOT NULL,
    label_zh VARCHAR(100) NOT NULL,
    position INT          NOT NULL,
    active   BOOLEAN      NOT NULL DEFAULT TRUE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO complaint_category (label_en, label_zh, position) VALUES
    ('Product quality', '产品质量', 1),
    ('Delivery', '配送', 2),
    ('Service attitude', '服务态度', 3),
    ('Billing', '账单', 4),
    ('Other', '其他', 5);

-- One policy (id 1); minutes per priority, multipliers per value tier, an optional business-hours calendar.
CREATE TABLE complaint_sla_policy (
    id                        BIGINT        NOT NULL PRIMARY KEY,
    version                   BIGINT        NOT NULL DEFAULT 0,
    urgent_first_minutes      INT           NOT NULL,
    urgent_resolution_minutes INT           NOT NULL,
    high_first_minutes        INT           NOT NULL,
    high_resolution_minutes   INT           NOT NULL,
    normal_first_minutes      INT           NOT NULL,
    normal_resolution_minutes INT           NOT NULL,
    low_first_minutes         INT           NOT NULL,
    low_resolution_minutes    INT           NOT NULL,
    platinum_factor           DECIMAL(4, 2) NOT NULL,
    gold_factor               DECIMAL(4, 2) NOT NULL,
    business_hours            BOOLEAN       NOT NULL,
    working_days              VARCHAR(60)   NOT NULL,
    work_start                TIME          NOT NULL,
    work_end                  TIME          NOT NULL,
    holidays                  TEXT          NULL,
    time_zone                 VARCHAR(60)   NOT NULL,
    warning_percent           INT           NOT NULL,
    reopen_days               INT           NOT NULL,
    changed_by                VARCHAR(64)   NULL,
    changed_at                DATETIME(6)   NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO complaint_sla_policy VALUES (1, 0, 60, 480, 240, 1440, 480, 4320, 1440, 7200, 0.50, 0.75,
    FALSE, 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY', '09:00:00', '18:00:00', NULL, 'Asia/Shanghai', 80, 30, NULL, NULL);

CREATE TABLE complaint (
    id                     BIGINT         NOT NULL PRIMARY KEY,
    version                BIGINT         NOT NULL DEFAULT 0,
    customer_id            BIGINT         NOT NULL,
    subject                VARCHAR(200)   NOT NULL,
    description            VARCHAR(4000)  NOT NULL,
    channel                VARCHAR(20)    NOT NULL,
    priority               VARCHAR(10)    NOT NULL,
    -- URGENT 4 .. LOW 1, so "most urgent first" is an index order
    priority_rank          INT            NOT NULL,
    status                 VARCHAR(30)    NOT NULL,
    -- where a complaint waiting on the customer resumes
    resume_status          VARCHAR(30)    NULL,
    category_id            BIGINT         NULL,
    product_or_order       VARCHAR(200)   NULL,
    customer_wants         VARCHAR(2000)  NULL,
    severity               VARCHAR(10)    NULL,
    validity_reason        VARCHAR(2000)  NULL,
    remedy_type            VARCHAR(20)    NULL,
    remedy_amount          DECIMAL(14, 2) NULL,
    remedy_note            VARCHAR(2000)  NULL,
    satisfaction           INT            NULL,
    satisfaction_comment   VARCHAR(2000)  NULL,
    assignee               VARCHAR(64)    NULL,
    value_tier             VARCHAR(10)    NULL,
    received_at            DATETIME(6)    NOT NULL,
    first_response_due     DATETIME(6)    NULL,
    first_response_at      DATETIME(6)    NULL,
    first_response_sla     VARCHAR(10)    NOT NULL,
    resolution_due         DATETIME(6)    NULL,
    resolved_at            DATETIME(6)    NULL,
    resolution_sla         VARCHAR(10)    NOT NULL,
    closed_at              DATETIME(6)    NULL,
    escalated              BOOLEAN        NOT NULL DEFAULT FALSE,
    escalated_at           DATETIME(6)    NULL,
    reopen_count           INT            NOT NULL DEFAULT 0,
    last_reopened_at       DATETIME(6)    NULL,
    duplicate_of_id        BIGINT         NULL,
    created_by             VARCHAR(64)    NOT NULL,
    CONSTRAINT fk_complaint_category FOREIGN KEY (category_id) REFERENCES complaint_category (id),
    CONSTRAINT fk_complaint_duplicate FOREIGN KEY (duplicate_of_id) REFERENCES complaint (id),
    CONSTRAINT ck_complaint_satisfaction CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5),
    CONSTRAINT ck_complaint_remedy_amount CHECK (remedy_amount IS NULL OR remedy_amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE complaint_seq START WITH 1 INCREMENT BY 50;

CREATE INDEX ix_complaint_customer ON complaint (customer_id, received_at, id);
CREATE INDEX ix_complaint_status_due ON complaint (status, resolution_due, id);
CREATE INDEX ix_complaint_assignee ON complaint (assignee, status, resolution_due);
CREATE INDEX ix_complaint_received ON complaint (received_at, id);
CREATE INDEX ix_complaint_priority ON complaint (priority_rank, received_at, id);
CREATE INDEX ix_complaint_escalated ON complaint (escalated, status);

-- Every stretch of time a complaint waited on the customer: the SLA clock did not run in it.
CREATE TABLE complaint_sla_pause (
    complaint_id BIGINT      NOT NULL,
    started_at   DATETIME(6) NOT NULL,
    ended_at     DATETIME(6) NULL,
    PRIMARY KEY (complaint_id, started_at),
    CONSTRAINT fk_pause_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE complaint_history (
    id           BIGINT        NOT NULL PRIMARY KEY AUTO_INCREMENT,
    complaint_id BIGINT        NOT NULL,
    at           DATETIME(6)   NOT NULL,
    username     VARCHAR(64)   NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    field        VARCHAR(40)   NULL,
    from_value   VARCHAR(200)  NULL,
    to_value     VARCHAR(200)  NULL,
    note         VARCHAR(4000) NULL,
    CONSTRAINT fk_history_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_complaint_history ON complaint_history (complaint_id, at, id);

-- The escalation job's claims: a warning or breach of one target in one round of a complaint
-- (round = reopen count) is acted on once, whichever node inserts the row first.
CREATE TABLE complaint_escalation_claim (
    complaint_id BIGINT      NOT NULL,
    kind         VARCHAR(30) NOT NULL,
    round        INT         NOT NULL,
    claimed_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (complaint_id, kind, round)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Closing the loop on an unhappy customer (satisfaction 2 or less).
CREATE TABLE complaint_callback_task (
    id           BIGINT       NOT NULL PRIMARY KEY AUTO_INCREMENT,
    complaint_id BIGINT       NOT NULL,
    customer_id  BIGINT       NOT NULL,
    team_role    VARCHAR(32)  NOT NULL,
    owner        VARCHAR(64)  NULL,
    due_on       DATE         NOT NULL,
    done_at      DATETIME(6)  NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_callback_complaint UNIQUE (complaint_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_callback_due ON complaint_callback_task (done_at, due_on);

CREATE TABLE complaint_customer_at_risk (
    customer_id  BIGINT      NOT NULL PRIMARY KEY,
    since        DATETIME(6) NOT NULL,
    complaint_id BIGINT      NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
