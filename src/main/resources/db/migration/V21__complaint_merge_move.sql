-- Complaints follow their customer into a merge and back out of an undone merge.
CREATE TABLE complaint_merge_move (
    merge_id     BIGINT NOT NULL,
    complaint_id BIGINT NOT NULL,
    PRIMARY KEY (merge_id, complaint_id),
    CONSTRAINT fk_complaint_move_merge FOREIGN KEY (merge_id) REFERENCES customer_merge (id),
    CONSTRAINT fk_complaint_move_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
