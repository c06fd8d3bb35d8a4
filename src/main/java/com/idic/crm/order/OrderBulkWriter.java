package com.idic.crm.order;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.idic.crm.base.db.BulkWriteResult;
import com.idic.crm.base.db.ExternalIds;
import com.idic.crm.base.db.MultiRowInsert;
import com.idic.crm.base.db.PooledSequence;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many orders at once with plain JDBC (imports, demo data), in the caller's transaction.
 * Rows are matched by external id: a known one is updated (version bumped), a new one inserted
 * with an id from {@code customer_order_seq}.
 */
@Component
public class OrderBulkWriter {

    static final int CHUNK = 1000;

    private static final List<String> INSERT_COLUMNS = List.of("id", "version", "external_id", "order_number",
            "customer_id", "order_date", "amount", "cost", "category", "channel", "paid_amount", "paid_date");

    /** Rows of known orders carry their id, so the insert turns into this update. */
    private static final String ON_DUPLICATE = "version = version + 1, order_number = VALUE(order_number),"
            + " customer_id = VALUE(customer_id), order_date = VALUE(order_date), amount = VALUE(amount), cost = VALUE(cost),"
            + " category = VALUE(category), channel = VALUE(channel), paid_amount = VALUE(paid_amount), paid_date = VALUE(paid_date)";

    private final JdbcTemplate jdbc;

    OrderBulkWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or updates {@code records} by external id; external ids must be unique within the list. */
    @Transactional
    public BulkWriteResult upsert(List<OrderRecord> records) {
        return jdbc.execute((ConnectionCallback<BulkWriteResult>) connection -> {
            PooledSequence ids = new PooledSequence(connection, "customer_order_seq", records.size());
            return BulkWriteResult.inChunks(records, CHUNK, chunk -> upsertChunk(connection, ids, chunk));
        });
    }

    private static BulkWriteResult upsertChunk(Connection connection, PooledSequence ids, List<OrderRecord> chunk) throws SQLException {
        Map<String, Long> existing = ExternalIds.lookup(connection, "customer_order",
                chunk.stream().map(OrderRecord::externalId).toList());
        List<Object[]> rows = new ArrayList<>(chunk.size());
        for (OrderRecord r : chunk) {
            Long id = existing.get(r.externalId());
            rows.add(new Object[] {id == null ? ids.nextId() : id, 0, r.externalId(), r.orderNumber(), r.customerId(),
                    r.orderDate(), r.amount(), r.cost(), r.category(), r.channel(), r.paidAmount(), r.paidDate()});
        }
        MultiRowInsert.upsert(connection, "customer_order", INSERT_COLUMNS, rows, ON_DUPLICATE);
        int updated = existing.size();
        return new BulkWriteResult(chunk.size() - updated, updated);
    }
}
