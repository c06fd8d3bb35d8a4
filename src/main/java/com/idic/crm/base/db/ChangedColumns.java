package com.idic.crm.base.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Updates of existing rows that write only the columns whose value changed. An UPDATE that names
 * an unchanged indexed column costs nothing in InnoDB, but one that rewrites every column of every
 * row costs undo log and redo log for the whole row and bumps the version of rows nobody changed;
 * here a row without changes is never sent at all. Rows that changed the same set of columns share
 * one prepared statement, sent as a JDBC batch.
 */
public final class ChangedColumns {

    private final String table;
    private final String versionColumn;
    private final Map<List<String>, List<Object[]>> rowsByColumns = new LinkedHashMap<>();
    private int rows;

    /** {@code versionColumn} (may be null) is incremented with every row written. */
    public ChangedColumns(String table, String versionColumn) {
        if (!table.matches("[a-z_]+") || (versionColumn != null && !versionColumn.matches("[a-z_]+"))) {
            throw new IllegalArgumentException("Not a table or column name: " + table + ", " + versionColumn);
        }
        this.table = table;
        this.versionColumn = versionColumn;
    }

    /** Sets {@code changes} (column to new value, in a stable column order) on the row with this id. */
    public void update(long id, Map<String, Object> changes) {
        if (changes.isEmpty()) {
            return;
        }
        List<String> columns = List.copyOf(changes.keySet());
        columns.forEach(column -> {
            if (!column.matches("[a-z_]+")) {
                throw new IllegalArgumentException("Not a column name: " + column);
            }
        });
        Object[] values = new Object[columns.size() + 1];
        int i = 0;
        for (Object value : changes.values()) {
            values[i++] = value;
        }
        values[i] = id;
        rowsByColumns.computeIfAbsent(columns, c -> new ArrayList<>()).add(values);
        rows++;
    }

    /** Rows waiting to be written. */
    public int size() {
        return rows;
    }

    /** Writes every row given so far and forgets them; returns how many rows were written. */
    public int execute(Connection connection) throws SQLException {
        int written = 0;
        for (Map.Entry<List<String>, List<Object[]>> group : rowsByColumns.entrySet()) {
            try (PreparedStatement statement = connection.prepareStatement(sql(group.getKey()))) {
                for (Object[] values : group.getValue()) {
                    for (int i = 0; i < values.length; i++) {
                        statement.setObject(i + 1, values[i]);
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
                written += group.getValue().size();
            }
        }
        rowsByColumns.clear();
        rows = 0;
        return written;
    }

    String sql(List<String> columns) {
        StringBuilder sql = new StringBuilder("UPDATE ").append(table).append(" SET ");
        for (String column : columns) {
            sql.append(column).append(" = ?, ");
        }
        if (versionColumn != null) {
            sql.append(versionColumn).append(" = ").append(versionColumn).append(" + 1");
        } else {
            sql.setLength(sql.length() - 2);
        }
        return sql.append(" WHERE id = ?").toString();
    }
}
