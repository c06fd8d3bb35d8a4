package com.idic.crm.segmentation.domain;

import java.util.List;

/**
 * A run's score table, {@code segmentation_score_<run id>}: a copy of the Flyway-made layout
 * {@code segmentation_score}, filled by one INSERT ... SELECT while it has only its primary key, then
 * given the indexes of the scored-customer list in one ALTER TABLE (each index built by one sort instead
 * of a million row-by-row insertions). Each filter index ends with the list rank, so a filtered page is
 * read in order and stops after a page.
 */
public final class ScoreTable {

    /**
     * The list's sorts by profit rank and by CLV (InnoDB appends the customer id), and each filter with the
     * profit rank, so a filtered page is read in order and stops after a page. A tier is a range of the
     * profit rank itself; region and type are the customer's own (as they are now), found by reading the
     * rank order. Sorting by revenue rank (not offered by the list) has no index of its own.
     */
    static final List<String> INDEXES = List.of(
            "ADD UNIQUE INDEX ix_list_rank (list_rank)",
            "ADD INDEX ix_clv (clv_total)",
            "ADD INDEX ix_abc (abc_class, list_rank)",
            "ADD INDEX ix_quadrant (quadrant, list_rank)",
            "ADD INDEX ix_stage (stage, list_rank)",
            "ADD INDEX ix_rfm_cell (recency, frequency, list_rank)",
            "ADD INDEX ix_rfm_code (rfm_code, list_rank)",
            "ADD INDEX ix_credit (credit_rating, list_rank)");

    private ScoreTable() {
    }

    public static String name(long runId) {
        return ScoreSql.scoreTable(runId);
    }

    public static String create(long runId) {
        return "CREATE TABLE " + name(runId) + " LIKE segmentation_score";
    }

    public static String addIndexes(long runId) {
        return "ALTER TABLE " + name(runId) + " " + String.join(", ", INDEXES);
    }

    public static String drop(long runId) {
        return "DROP TABLE IF EXISTS " + name(runId);
    }
}
