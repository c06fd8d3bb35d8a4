-- The catalog offers are built from (DOMAIN.md section 4): standard products, modules that combine
-- into a product, services around a standard product, and items supplied by partner companies.

CREATE SEQUENCE catalog_item_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE catalog_item (
    id         BIGINT         NOT NULL PRIMARY KEY,
    version    BIGINT         NOT NULL DEFAULT 0,
    kind       VARCHAR(16)    NOT NULL,
    code       VARCHAR(40)    NOT NULL,
    name_en    VARCHAR(200)   NOT NULL,
    name_zh    VARCHAR(200)   NOT NULL,
    category   VARCHAR(100)   NULL,
    list_price DECIMAL(14, 2) NOT NULL,
    unit_cost  DECIMAL(14, 2) NOT NULL,
    active     BOOLEAN        NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_catalog_item_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the admin list sorts by code (the unique key) or by name, optionally within one kind
CREATE INDEX ix_catalog_item_kind_code ON catalog_item (kind, code);
CREATE INDEX ix_catalog_item_name_en ON catalog_item (name_en, id);
