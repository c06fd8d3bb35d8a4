package com.idic.crm.order;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import com.idic.crm.base.db.BulkWriteResult;
import com.idic.crm.base.db.ChangedColumns;
import com.idic.crm.base.db.ExternalIds;
import com.idic.crm.base.db.MultiRowInsert;
import com.idic.crm.base.db.PooledSequence;
import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many orders at once with plain JDBC (imports, demo data), in the caller's transaction.
 * Rows are matched by external id: a new one is inserted with an id from {@code customer_order_seq};
 * a known one gets only the columns that differ from what is stored (version bumped), and is not
 * written at all when nothing differs.
 */
@Component
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
public class OrderBulkWriter {

    static final int CHUNK = 1000;

    private static final List<String> INSERT_COLUMNS = List.of("id", "version", "external_id", "order_number",
            "customer_id", "order_date", "amount", "cost", "category", "channel", "paid_amount", "paid_date");
    private static final List<String> UPDATABLE = INSERT_COLUMNS.subList(3, INSERT_COLUMNS.size());

    private final JdbcTemplate jdbc;

    OrderBulkWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or updates {@code records} by external id; external ids must be unique within the list. */
    @Transactional
    public BulkWriteResult upsert(List<OrderRecord> records) {
        return upsert(records, Set.copyOf(UPDATABLE), true, record -> List.of());
    }

    /**
     * Same, where only the {@code given} columns (of the {@code customer_order} table) carry data:
     * the others are never changed on an update, and a given one that is null in a record changes
     * the stored value only if {@code emptyClears}. For orders whose customer was named by the
     * external id of a customer merged away, {@code throughMerges} gives the merges (ids) that lead
     * from that customer to the one the order is written to, so that undoing one of them moves the
     * order back with the duplicate's other orders.
     */
    @Transactional
    public BulkWriteResult upsert(List<OrderRecord> records, Set<String> given, boolean emptyClears,
                                  Function<OrderRecord, List<Long>> throughMerges) {
        return jdbc.execute((ConnectionCallback<BulkWriteResult>) connection -> {
            PooledSequence ids = new PooledSequence(connection, "customer_order_seq", records.size());
            return BulkWriteResult.inChunks(records, CHUNK,
                    chunk -> upsertChunk(connection, ids, chunk, given, emptyClears, throughMerges));
        });
    }

    private static BulkWriteResult upsertChunk(Connection connection, PooledSequence ids, List<OrderRecord> chunk,
                                               Set<String> given, boolean emptyClears,
                                               Function<OrderRecord, List<Long>> throughMerges) throws SQLException {
        Map<String, Stored> stored = stored(connection, chunk.stream().map(OrderRecord::externalId).toList());
        List<Object[]> inserts = new ArrayList<>();
        ChangedColumns updates = new ChangedColumns("customer_order", "version");
        List<Object[]> moves = new ArrayList<>();
        long unchanged = 0;
        for (OrderRecord r : chunk) {
            Stored known = stored.get(ExternalIds.fold(r.externalId()));
            Object[] values = {r.orderNumber(), r.customerId(), r.orderDate(), scaled(r.amount()), scaled(r.cost()),
                    r.category(), r.channel(), scaled(r.paidAmount()), r.paidDate()};
            long id;
            if (known == null) {
                id = ids.nextId();
                Object[] row = new Object[INSERT_COLUMNS.size()];
                row[0] = id;
                row[1] = 0;
                row[2] = r.externalId();
                System.arraycopy(values, 0, row, 3, values.length);
                inserts.add(row);
            } else {
                id = known.id;
                Map<String, Object> changed = new LinkedHashMap<>();
                for (int i = 0; i < values.length; i++) {
                    if (!given.contains(UPDATABLE.get(i)) || (values[i] == null && !emptyClears)) {
                        continue;
                    }
                    if (!Objects.equals(known.values[i], values[i] == null ? null : values[i].toString())) {
                        changed.put(UPDATABLE.get(i), values[i]);
                    }
                }
                if (changed.isEmpty()) {
                    unchanged++;
                } else {
                    updates.update(id, changed);
                }
            }
            for (Long mergeId : throughMerges.apply(r)) {
                moves.add(new Object[] {mergeId, id});
            }
        }
        MultiRowInsert.insert(connection, "customer_order", INSERT_COLUMNS, inserts);
        int updated = updates.execute(connection);
        // an order already recorded as moved by a merge keeps that record
        MultiRowInsert.upsert(connection, "order_merge_move", List.of("merge_id", "order_id"), moves, "order_id = order_id");
        return new BulkWriteResult(inserts.size(), updated, unchanged);
    }

    /** As the DECIMAL(14,2) column stores and reads it back, so stored and given values compare as text. */
    private static BigDecimal scaled(BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private record Stored(long id, String[] values) {
    }

    private static Map<String, Stored> stored(Connection connection, List<String> externalIds) throws SQLException {
        Map<String, Stored> rows = new HashMap<>();
        if (externalIds.isEmpty()) {
            return rows;
        }
        String sql = "SELECT id, external_id, " + String.join(", ", UPDATABLE) + " FROM customer_order WHERE external_id IN ("
                + String.join(",", Collections.nCopies(externalIds.size(), "?")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < externalIds.size(); i++) {
                statement.setString(i + 1, externalIds.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    String[] values = new String[UPDATABLE.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = result.getString(UPDATABLE.get(i));
                    }
                    rows.put(ExternalIds.fold(result.getString("external_id")), new Stored(result.getLong("id"), values));
                }
            }
        }
        return rows;
    }
}
