-- Segmentation (DOMAIN.md section 6): settings with history, runs with their company figures,
-- per-group counts, manual lifecycle stages, and the layout of a run's per-customer scores.

-- the settings in force (one row) and every saved version; stored as "group.field=value" lines
CREATE TABLE segmentation_settings (
    id         TINYINT      NOT NULL PRIMARY KEY,
    version    BIGINT       NOT NULL,
    settings   TEXT         NOT NULL,
    changed_by VARCHAR(64)  NOT NULL,
    changed_at DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE segmentation_settings_history (
    version    BIGINT       NOT NULL PRIMARY KEY,
    settings   TEXT         NOT NULL,
    changed_by VARCHAR(64)  NOT NULL,
    changed_at DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE segmentation_run (
    id                    BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    analysis_date         DATE           NOT NULL,
    settings              TEXT           NOT NULL,
    started_by            VARCHAR(64)    NOT NULL,
    started_at            DATETIME(6)    NOT NULL,
    finished_at           DATETIME(6)    NULL,
    status                VARCHAR(16)    NOT NULL,
    failure_reason        VARCHAR(1000)  NULL,
    -- true while the run's score table exists (old runs keep their figures, not every customer's scores)
    scores_kept           BOOLEAN        NOT NULL DEFAULT FALSE,
    customers_scored      BIGINT         NOT NULL DEFAULT 0,
    customers_with_orders BIGINT         NOT NULL DEFAULT 0,
    active_at_start       BIGINT         NULL,
    active_at_end         BIGINT         NULL,
    churned               BIGINT         NULL,
    churn_rate            DECIMAL(12, 6) NULL,
    expected_lifetime     DECIMAL(12, 4) NULL,
    average_profit        DECIMAL(22, 4) NULL,
    group_clv             DECIMAL(22, 2) NULL,
    revenue_12m           DECIMAL(22, 2) NULL,
    profit_12m            DECIMAL(22, 2) NULL,
    median_profit         DECIMAL(22, 3) NULL,
    median_future_clv     DECIMAL(22, 3) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_segmentation_run_status ON segmentation_run (status, id);

-- customers, revenue and profit of a run by every combination of tier, class, quadrant, stage, R and F:
-- a few thousand rows at most, from which every share and the R x F grid are summed
CREATE TABLE segmentation_cube (
    run_id           BIGINT         NOT NULL,
    tier             VARCHAR(8)     NULL,
    abc_class        CHAR(1)        NULL,
    quadrant         VARCHAR(8)     NULL,
    stage            VARCHAR(12)    NOT NULL,
    recency          TINYINT        NULL,
    frequency        TINYINT        NULL,
    customers        BIGINT         NOT NULL,
    revenue_12m      DECIMAL(22, 2) NOT NULL,
    profit_12m       DECIMAL(22, 2) NOT NULL,
    amount_in_window DECIMAL(22, 2) NOT NULL,
    CONSTRAINT fk_segmentation_cube_run FOREIGN KEY (run_id) REFERENCES segmentation_run (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_segmentation_cube_run ON segmentation_cube (run_id);

CREATE TABLE lifecycle_override (
    customer_id BIGINT       NOT NULL PRIMARY KEY,
    stage       VARCHAR(12)  NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    set_by      VARCHAR(64)  NOT NULL,
    set_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_lifecycle_override_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The layout of one run's scores. This table stays empty: each run writes a copy of it,
-- segmentation_score_<run id>, so a run's million rows are written without touching the published
-- results and old runs are dropped in an instant. Secondary indexes are added by the run after
-- its rows are in (one sorted build instead of a million index updates); see ScoreTable.
CREATE TABLE segmentation_score (
    customer_id       BIGINT         NOT NULL PRIMARY KEY,
    first_order       DATE           NULL,
    last_order        DATE           NULL,
    recency           TINYINT        NULL,
    frequency         TINYINT        NULL,
    monetary          TINYINT        NULL,
    rfm_code          CHAR(3)        NULL,
    orders_in_window  INT            NULL,
    amount_in_window  DECIMAL(18, 2) NULL,
    profit_rank       INT            NULL,
    tier              VARCHAR(8)     NULL,
    revenue_rank      INT            NULL,
    revenue_12m       DECIMAL(18, 2) NULL,
    revenue_above     DECIMAL(22, 2) NULL,
    abc_class         CHAR(1)        NULL,
    profit_12m        DECIMAL(18, 2) NULL,
    profit_prev_12m   DECIMAL(18, 2) NULL,
    clv_history       DECIMAL(20, 2) NULL,
    clv_future        DECIMAL(22, 2) NULL,
    clv_total         DECIMAL(22, 2) NULL,
    quadrant          VARCHAR(8)     NULL,
    collection_share  DECIMAL(10, 4) NULL,
    longest_term_days INT            NULL,
    credit_rating     VARCHAR(4)     NULL,
    computed_stage    VARCHAR(12)    NOT NULL,
    stage             VARCHAR(12)    NOT NULL,
    stage_overridden  BOOLEAN        NOT NULL,
    -- the list's orders: the rank for scored customers, after them (by id) those without orders
    list_rank         BIGINT         NOT NULL,
    revenue_list_rank BIGINT         NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
