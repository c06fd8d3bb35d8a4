package com.idic.crm.customer.history.domain;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.idic.crm.base.db.MultiRowInsert;
import com.idic.crm.customer.CustomerChangeKind;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Appends history lines with multi-row inserts in the caller's transaction: an import may
 * record a million changed fields, which row-by-row JPA inserts would take minutes for.
 */
@Repository
public class CustomerChangeLog {

    /** 8 parameters a row: well below the 65,535 placeholders one statement may hold. */
    static final int CHUNK = 2000;

    private static final List<String> COLUMNS = List.of("customer_id", "changed_at", "changed_by", "kind", "field",
            "old_value", "new_value", "detail");

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    CustomerChangeLog(JdbcTemplate jdbc, JdbcClient client) {
        this.jdbc = jdbc;
        this.client = client;
    }

    /** Newest first, through the (customer_id, id) index. */
    public List<StoredChange> page(long customerId, long offset, int limit) {
        return client.sql("""
                SELECT id, changed_at, changed_by, kind, field, old_value, new_value, detail FROM customer_change
                 WHERE customer_id = ? ORDER BY id DESC LIMIT ? OFFSET ?""")
                .params(customerId, limit, offset)
                .query((rs, row) -> new StoredChange(rs.getLong("id"), new ChangeRow(customerId,
                        rs.getObject("changed_at", LocalDateTime.class), rs.getString("changed_by"),
                        CustomerChangeKind.valueOf(rs.getString("kind")), rs.getString("field"), rs.getString("old_value"),
                        rs.getString("new_value"), rs.getString("detail"))))
                .list();
    }

    public record StoredChange(long id, ChangeRow row) {
    }

    public void append(List<ChangeRow> rows) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            for (int from = 0; from < rows.size(); from += CHUNK) {
                insert(connection, rows.subList(from, Math.min(rows.size(), from + CHUNK)));
            }
            return null;
        });
    }

    private static void insert(Connection connection, List<ChangeRow> chunk) throws SQLException {
        List<Object[]> values = new ArrayList<>(chunk.size());
        chunk.forEach(row -> values.add(row.values()));
        MultiRowInsert.insert(connection, "customer_change", COLUMNS, values);
    }

    /**
     * Forgets the values earlier lines hold for {@code fields} of the customer, and every value
     * of its contact lines and of its creation, so that erased personal data cannot be read back
     * from its history.
     */
    public void forgetValues(long customerId, Collection<String> fields) {
        List<String> kinds = List.of(CustomerChangeKind.CREATED.name(), CustomerChangeKind.CONTACT_ADDED.name(),
                CustomerChangeKind.CONTACT_CHANGED.name(), CustomerChangeKind.CONTACT_REMOVED.name());
        MapSqlParameterSource parameters = new MapSqlParameterSource("customerId", customerId)
                .addValue("fields", fields.isEmpty() ? List.of("") : fields)
                .addValue("kinds", kinds);
        new NamedParameterJdbcTemplate(jdbc).update("""
                UPDATE customer_change SET old_value = NULL, new_value = NULL
                 WHERE customer_id = :customerId AND (field IN (:fields) OR kind IN (:kinds))""", parameters);
    }
}
