package com.idic.crm.base.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Hands out ids from a database sequence the way Hibernate's pooled optimizer reads it, so
 * bulk JDBC inserts and JPA saves can share one sequence without colliding.
 * <p>
 * The sequences step by {@value #BLOCK}. Hibernate 6's pooled optimizer treats a fetched value
 * {@code v} as the HIGH end of its block: it uses {@code v-49..v} (only its very first fetch of
 * the initial value 1 is special: it fetches again and uses {@code 1..51}). Every value the
 * sequence returns therefore owns exactly the ids {@code v-49..v} (clipped at 1), whoever
 * fetched it; we take the same reading and never overlap with Hibernate.
 * Not thread-safe: one instance per bulk write.
 */
public final class PooledSequence {

    public static final int BLOCK = 50;
    private static final int MAX_VALUES_PER_QUERY = 100;

    private final Connection connection;
    private final String sql;
    private final long[] blocks;
    private int blockCount;
    private int blockIndex;
    private long next;
    private long high = -1;

    /** {@code expectedIds} only sizes the fetches, so a small write does not burn thousands of ids. */
    public PooledSequence(Connection connection, String sequenceName, int expectedIds) {
        if (!sequenceName.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a sequence name: " + sequenceName);
        }
        this.connection = connection;
        int valuesPerQuery = Math.max(1, Math.min(MAX_VALUES_PER_QUERY, (expectedIds + BLOCK - 1) / BLOCK));
        this.blocks = new long[valuesPerQuery];
        // One round trip fetches many values: a recursive CTE needs no sequence-engine tables.
        this.sql = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + valuesPerQuery
                + ") SELECT NEXT VALUE FOR " + sequenceName + " FROM n";
    }

    public long nextId() throws SQLException {
        if (next > high) {
            long value = nextValue();
            high = value;
            next = Math.max(1, value - BLOCK + 1);
        }
        return next++;
    }

    private long nextValue() throws SQLException {
        if (blockIndex == blockCount) {
            blockCount = 0;
            blockIndex = 0;
            try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    blocks[blockCount++] = rows.getLong(1);
                }
            }
        }
        return blocks[blockIndex++];
    }
}
