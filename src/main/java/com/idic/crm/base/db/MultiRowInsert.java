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
        insert(connection, table, columns, rows, "");
    }

    /**
     * Same, with an {@code ON DUPLICATE KEY UPDATE} clause ({@code onDuplicate}, without those words):
     * rows given with the id of an existing row update it in the same single statement.
     */
    public static void upsert(Connection connection, String table, List<String> columns, List<Object[]> rows,
                              String onDuplicate) throws SQLException {
        insert(connection, table, columns, rows, " ON DUPLICATE KEY UPDATE " + onDuplicate);
    }

    private static void insert(Connection connection, String table, List<String> columns, List<Object[]> rows,
                               String suffix) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String placeholders = "(" + String.join(",", Collections.nCopies(columns.size(), "?")) + ")";
        StringBuilder sql = new StringBuilder(64 + rows.size() * (placeholders.length() + 1))
                .append("INSERT INTO ").append(table).append(" (").append(String.join(",", columns)).append(") VALUES ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ",").append(placeholders);
        }
        sql.append(suffix);
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
}
