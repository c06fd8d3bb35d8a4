package com.idic.crm.base.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * One {@code INSERT ... VALUES (..),(..),...} statement for many rows. A single multi-row
 * statement is fast whatever the JDBC URL options (no reliance on the driver rewriting batches).
 */
public final class MultiRowInsert {

    private MultiRowInsert() {
    }

    /** Inserts {@code rows} (each an array of column values, in {@code columns} order) into {@code table}. */
    public static void insert(Connection connection, String table, List<String> columns, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String placeholders = "(" + String.join(",", Collections.nCopies(columns.size(), "?")) + ")";
        StringBuilder sql = new StringBuilder(64 + rows.size() * (placeholders.length() + 1))
                .append("INSERT INTO ").append(table).append(" (").append(String.join(",", columns)).append(") VALUES ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ",").append(placeholders);
        }
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int index = 1;
            for (Object[] row : rows) {
                for (Object value : row) {
                    statement.setObject(index++, value);
                }
            }
            statement.executeUpdate();
        }
    }

    /** Runs {@code sql} once per row as one JDBC batch. */
    public static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
