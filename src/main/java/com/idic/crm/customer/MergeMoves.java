package com.idic.crm.customer;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Moves a feature's rows held by customer id to the surviving customer of a merge, and back when the merge is
 * undone. Which rows moved is noted in the feature's own move table ({@code merge_id}, row id), so an undo moves
 * back exactly those, and only those still with the kept customer: a row a person moved elsewhere since stays
 * where they put it. Set-based SQL, since a customer may have thousands of rows; the version is bumped so an
 * edit decided on the old customer is refused instead of silently moving a row back.
 *
 * <p>Table and column names come from the calling feature's code, never from input.
 */
public final class MergeMoves {

    private final JdbcClient jdbc;
    private final String table;
    private final String moveTable;
    private final String movedIdColumn;

    /**
     * @param table         the feature's table with {@code id}, {@code customer_id} and {@code version} columns
     * @param moveTable     its move table with {@code merge_id} and {@code movedIdColumn}
     * @param movedIdColumn the move table's column holding {@code table.id}
     */
    public MergeMoves(JdbcClient jdbc, String table, String moveTable, String movedIdColumn) {
        this.jdbc = jdbc;
        this.table = table;
        this.moveTable = moveTable;
        this.movedIdColumn = movedIdColumn;
    }

    /** Call inside the merge transaction, from a {@link CustomersMerged} listener. */
    public void moveToKept(CustomersMerged merged) {
        jdbc.sql("INSERT INTO " + moveTable + " (merge_id, " + movedIdColumn + ") SELECT ?, id FROM " + table
                        + " WHERE customer_id = ?")
                .params(merged.mergeId(), merged.mergedId()).update();
        jdbc.sql("UPDATE " + table + " t JOIN " + moveTable + " m ON m." + movedIdColumn + " = t.id"
                        + " SET t.customer_id = ?, t.version = t.version + 1 WHERE m.merge_id = ?")
                .params(merged.keptId(), merged.mergeId()).update();
    }

    /** Call inside the undo transaction, from a {@link CustomerMergeUndone} listener. */
    public void moveBack(CustomerMergeUndone undone) {
        jdbc.sql("UPDATE " + table + " t JOIN " + moveTable + " m ON m." + movedIdColumn + " = t.id"
                        + " SET t.customer_id = ?, t.version = t.version + 1 WHERE m.merge_id = ? AND t.customer_id = ?")
                .params(undone.mergedId(), undone.mergeId(), undone.keptId()).update();
    }
}
