-- Requests and offers follow their customer when duplicates are merged; what moved is kept so an undo can move it back.

CREATE TABLE customization_merge_move (
    merge_id BIGINT      NOT NULL,
    kind     VARCHAR(16) NOT NULL,
    row_id   BIGINT      NOT NULL,
    PRIMARY KEY (merge_id, kind, row_id),
    CONSTRAINT fk_customization_move_merge FOREIGN KEY (merge_id) REFERENCES customer_merge (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
