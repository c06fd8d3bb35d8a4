-- Core schema: users, customers with contacts, orders, settings.
-- Ids come from sequences in blocks of 50 (Hibernate pooled optimizer) so bulk inserts can batch.

CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE customer_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE customer_contact_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE customer_order_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE app_user (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(128) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_app_user_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE customer (
    id                BIGINT       NOT NULL PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    external_id       VARCHAR(64)  NULL,
    type              VARCHAR(16)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    -- normalized keys feed the filters and the duplicate finder; kept in sync by the entity
    name_key          VARCHAR(200) NOT NULL,
    gender            VARCHAR(16)  NULL,
    birth_date        DATE         NULL,
    founding_date     DATE         NULL,
    industry          VARCHAR(100) NULL,
    company_size      VARCHAR(50)  NULL,
    business_status   VARCHAR(100) NULL,
    occupation        VARCHAR(100) NULL,
    family_status     VARCHAR(100) NULL,
    phone             VARCHAR(40)  NULL,
    phone_key         VARCHAR(40)  NULL,
    email             VARCHAR(200) NULL,
    email_key         VARCHAR(200) NULL,
    address           VARCHAR(300) NULL,
    region            VARCHAR(100) NULL,
    relationship_type VARCHAR(32)  NOT NULL,
    source            VARCHAR(32)  NULL,
    stage             VARCHAR(32)  NOT NULL,
    notes             TEXT         NULL,
    created_on        DATE         NOT NULL,
    last_verified_on  DATE         NULL,
    -- a merged duplicate stays (so a merge can be undone) but points at the record it was merged into
    merged_into_id    BIGINT       NULL,
    CONSTRAINT uk_customer_external_id UNIQUE (external_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_customer_name ON customer (merged_into_id, name, id);
CREATE INDEX ix_customer_name_key ON customer (name_key, region);
CREATE INDEX ix_customer_phone_key ON customer (phone_key);
CREATE INDEX ix_customer_email_key ON customer (email_key);
CREATE INDEX ix_customer_region ON customer (region, name);
CREATE INDEX ix_customer_relationship ON customer (relationship_type, name);
CREATE INDEX ix_customer_stage ON customer (stage, name);
CREATE INDEX ix_customer_type ON customer (type, name);
CREATE INDEX ix_customer_verified ON customer (last_verified_on);
CREATE INDEX ix_customer_created ON customer (created_on);

CREATE TABLE customer_contact (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    customer_id BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    role        VARCHAR(100) NULL,
    phone       VARCHAR(40)  NULL,
    email       VARCHAR(200) NULL,
    CONSTRAINT fk_contact_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_contact_customer ON customer_contact (customer_id);

CREATE TABLE customer_order (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    external_id  VARCHAR(64)   NULL,
    order_number VARCHAR(64)   NOT NULL,
    customer_id  BIGINT        NOT NULL,
    order_date   DATE          NOT NULL,
    amount       DECIMAL(14, 2) NOT NULL,
    cost         DECIMAL(14, 2) NOT NULL,
    category     VARCHAR(100)  NULL,
    channel      VARCHAR(50)   NULL,
    paid_amount  DECIMAL(14, 2) NULL,
    paid_date    DATE          NULL,
    CONSTRAINT uk_order_external_id UNIQUE (external_id),
    CONSTRAINT fk_order_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_order_customer_date ON customer_order (customer_id, order_date, id);
CREATE INDEX ix_order_date ON customer_order (order_date);

CREATE TABLE app_setting (
    name    VARCHAR(100) NOT NULL PRIMARY KEY,
    version BIGINT       NOT NULL DEFAULT 0,
    value   VARCHAR(500) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
