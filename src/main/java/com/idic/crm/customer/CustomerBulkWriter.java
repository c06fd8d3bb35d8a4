package com.idic.crm.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.idic.crm.base.db.BulkWriteResult;
import com.idic.crm.base.db.ChangedColumns;
import com.idic.crm.base.db.ExternalIds;
import com.idic.crm.base.db.MultiRowInsert;
import com.idic.crm.base.db.PooledSequence;
import com.idic.crm.customer.CustomerImportChanges.ImportedField;
import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many customers at once with plain JDBC (imports, demo data), in the caller's
 * transaction. Rows are matched by external id: a new one is inserted with an id from
 * {@code customer_seq}; a known one gets only the given fields that differ from what is stored
 * (version bumped), and is not written at all when nothing differs. A merged-away or anonymized
 * customer is never written by a bulk source: it counts as unchanged.
 */
@Component
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
public class CustomerBulkWriter {

    static final int CHUNK = 1000;

    private static final List<String> INSERT_COLUMNS = List.of("id", "version", "external_id", "type", "name", "name_key",
            "gender", "birth_date", "founding_date", "industry", "phone", "phone_key", "email", "email_key", "region",
            "relationship_type", "source", "stage", "created_on", "last_verified_on");
    private static final String STORED_COLUMNS = String.join(", ",
            java.util.Arrays.stream(CustomerField.values()).map(CustomerField::column).toList());

    private static final List<String> CONTACT_COLUMNS = List.of("id", "version", "customer_id", "name", "role", "phone", "email");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ObjectProvider<CustomerImportChanges> changeListeners;

    CustomerBulkWriter(JdbcTemplate jdbc, Clock clock, ObjectProvider<CustomerImportChanges> changeListeners) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.changeListeners = changeListeners;
    }

    /** Inserts or updates {@code records} by external id, every field given; unique external ids within the list. */
    @Transactional
    public BulkWriteResult upsert(List<CustomerRecord> records) {
        return upsert(records, CustomerFields.ALL, null);
    }

    /**
     * Inserts or updates {@code records} by external id as {@code fields} says. With a {@code source}
     * (what the user imported), every {@link CustomerImportChanges} bean is told, in this transaction,
     * each changed field and each created customer.
     */
    @Transactional
    public BulkWriteResult upsert(List<CustomerRecord> records, CustomerFields fields, String source) {
        return jdbc.execute((ConnectionCallback<BulkWriteResult>) connection -> {
            PooledSequence ids = new PooledSequence(connection, "customer_seq", records.size());
            return BulkWriteResult.inChunks(records, CHUNK, chunk -> upsertChunk(connection, ids, chunk, fields, source));
        });
    }

    private BulkWriteResult upsertChunk(Connection connection, PooledSequence ids, List<CustomerRecord> chunk,
                                        CustomerFields fields, String source) throws SQLException {
        Map<String, Stored> stored = stored(connection, chunk.stream().map(CustomerRecord::externalId).toList());
        LocalDate today = LocalDate.now(clock);
        List<Object[]> inserts = new ArrayList<>();
        ChangedColumns updates = new ChangedColumns("customer", "version");
        List<ImportedField> changes = new ArrayList<>();
        long unchanged = 0;
        for (CustomerRecord record : chunk) {
            Stored known = stored.get(ExternalIds.fold(record.externalId()));
            if (known == null) {
                long id = ids.nextId();
                inserts.add(insertRow(id, record, fields, today));
                changes.add(new ImportedField(id, null, null, null));
            } else if (known.mergedOrAnonymized) {
                unchanged++;
            } else {
                Map<String, Object> changed = changes(known, record, fields, changes);
                if (changed.isEmpty()) {
                    unchanged++;
                } else {
                    updates.update(known.id, changed);
                }
            }
        }
        MultiRowInsert.insert(connection, "customer", INSERT_COLUMNS, inserts);
        int updated = updates.execute(connection);
        if (source != null && !changes.isEmpty()) {
            changeListeners.orderedStream().forEach(listener -> listener.imported(source, List.copyOf(changes)));
        }
        return new BulkWriteResult(inserts.size(), updated, unchanged);
    }

    private static Object[] insertRow(long id, CustomerRecord r, CustomerFields fields, LocalDate today) {
        Map<CustomerField, Object> values = new java.util.EnumMap<>(CustomerField.class);
        for (CustomerField field : CustomerField.values()) {
            Object value = fields.isGiven(field) ? field.valueOf(r) : null;
            values.put(field, value == null ? field.defaultValue(today) : value);
        }
        String name = (String) values.get(CustomerField.NAME);
        String phone = (String) values.get(CustomerField.PHONE);
        String email = (String) values.get(CustomerField.EMAIL);
        return new Object[] {id, 0, r.externalId(), values.get(CustomerField.TYPE), name, CustomerKeys.name(name),
                values.get(CustomerField.GENDER), values.get(CustomerField.BIRTH_DATE), values.get(CustomerField.FOUNDING_DATE),
                values.get(CustomerField.INDUSTRY), phone, CustomerKeys.phone(phone), email, CustomerKeys.email(email),
                values.get(CustomerField.REGION), values.get(CustomerField.RELATIONSHIP_TYPE), values.get(CustomerField.SOURCE),
                values.get(CustomerField.STAGE), values.get(CustomerField.CREATED_ON), values.get(CustomerField.LAST_VERIFIED_ON)};
    }

    /** The columns to write for a known customer, in column order; adds each changed field to {@code changes}. */
    private static Map<String, Object> changes(Stored known, CustomerRecord record, CustomerFields fields,
                                               List<ImportedField> changes) {
        Map<String, Object> changed = new LinkedHashMap<>();
        for (CustomerField field : fields.given()) {
            Object value = field.valueOf(record);
            if (value == null && (!fields.emptyClears() || field.isMandatory())) {
                continue;
            }
            String old = known.values.get(field);
            String now = CustomerField.asStored(value);
            if (Objects.equals(old, now)) {
                continue;
            }
            changed.put(field.column(), value);
            if (field.keyColumn() != null) {
                changed.put(field.keyColumn(), field.keyOf(now));
            }
            changes.add(new ImportedField(known.id, field.column(), old, now));
        }
        return changed;
    }

    private record Stored(long id, boolean mergedOrAnonymized, Map<CustomerField, String> values) {
    }

    /** The stored rows of these external ids, by folded external id; one query. */
    private static Map<String, Stored> stored(Connection connection, List<String> externalIds) throws SQLException {
        Map<String, Stored> rows = new HashMap<>();
        if (externalIds.isEmpty()) {
            return rows;
        }
        String sql = "SELECT id, external_id, merged_into_id, anonymized_at, " + STORED_COLUMNS
                + " FROM customer WHERE external_id IN (" + String.join(",", Collections.nCopies(externalIds.size(), "?")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < externalIds.size(); i++) {
                statement.setString(i + 1, externalIds.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Map<CustomerField, String> values = new java.util.EnumMap<>(CustomerField.class);
                    for (CustomerField field : CustomerField.values()) {
                        values.put(field, result.getString(field.column()));
                    }
                    boolean hidden = result.getObject("merged_into_id") != null || result.getObject("anonymized_at") != null;
                    rows.put(ExternalIds.fold(result.getString("external_id")), new Stored(result.getLong("id"), hidden, values));
                }
            }
        }
        return rows;
    }

    /** Ids of the customers with the given external ids; unknown ones are absent from the map. */
    @Transactional(readOnly = true)
    public Map<String, Long> idsByExternalId(Collection<String> externalIds) {
        List<String> all = new ArrayList<>(externalIds);
        return jdbc.execute((ConnectionCallback<Map<String, Long>>) connection -> {
            Map<String, Long> ids = new HashMap<>();
            for (int from = 0; from < all.size(); from += CHUNK) {
                ids.putAll(ExternalIds.lookup(connection, "customer", all.subList(from, Math.min(all.size(), from + CHUNK))));
            }
            return ids;
        });
    }

    /** Adds contact persons to existing customers. */
    @Transactional
    public void insertContacts(List<CustomerContactRecord> contacts) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            PooledSequence ids = new PooledSequence(connection, "customer_contact_seq", contacts.size());
            for (int from = 0; from < contacts.size(); from += CHUNK) {
                List<Object[]> rows = new ArrayList<>();
                for (CustomerContactRecord c : contacts.subList(from, Math.min(contacts.size(), from + CHUNK))) {
                    rows.add(new Object[] {ids.nextId(), 0, c.customerId(), c.name(), c.role(), c.phone(), c.email()});
                }
                MultiRowInsert.insert(connection, "customer_contact", CONTACT_COLUMNS, rows);
            }
            return null;
        });
    }
}
