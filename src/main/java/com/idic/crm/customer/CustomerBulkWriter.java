package com.idic.crm.customer;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
 * Writes many customers at once with plain JDBC (imports, demo data), in the caller's
 * transaction. Rows are matched by external id: a known one is updated (version bumped),
 * a new one inserted with an id from {@code customer_seq}.
 */
@Component
public class CustomerBulkWriter {

    static final int CHUNK = 1000;

    private static final List<String> INSERT_COLUMNS = List.of("id", "version", "external_id", "type", "name", "name_key",
            "gender", "birth_date", "founding_date", "industry", "phone", "phone_key", "email", "email_key", "region",
            "relationship_type", "source", "stage", "created_on", "last_verified_on");

    /**
     * Rows of known customers carry their id, so the insert turns into this update. The NOT NULL
     * stage and created_on cannot be sent as null even then: a known row without them sends
     * {@link #KEEP_STAGE} / {@link #KEEP_DATE}, which mean "leave as stored".
     */
    private static final String ON_DUPLICATE = "version = version + 1, type = VALUE(type), name = VALUE(name),"
            + " name_key = VALUE(name_key), gender = VALUE(gender), birth_date = VALUE(birth_date),"
            + " founding_date = VALUE(founding_date), industry = VALUE(industry), phone = VALUE(phone),"
            + " phone_key = VALUE(phone_key), email = VALUE(email), email_key = VALUE(email_key), region = VALUE(region),"
            + " relationship_type = VALUE(relationship_type), source = VALUE(source),"
            + " stage = IF(VALUE(stage) = '', stage, VALUE(stage)),"
            + " created_on = IF(VALUE(created_on) = '1000-01-01', created_on, VALUE(created_on)),"
            + " last_verified_on = COALESCE(VALUE(last_verified_on), last_verified_on)";
    private static final String KEEP_STAGE = "";
    private static final LocalDate KEEP_DATE = LocalDate.of(1000, 1, 1);

    private static final List<String> CONTACT_COLUMNS = List.of("id", "version", "customer_id", "name", "role", "phone", "email");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CustomerBulkWriter(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Inserts or updates {@code records} by external id; every record must carry one, unique within the list. */
    @Transactional
    public BulkWriteResult upsert(List<CustomerRecord> records) {
        return jdbc.execute((ConnectionCallback<BulkWriteResult>) connection -> {
            PooledSequence ids = new PooledSequence(connection, "customer_seq", records.size());
            return BulkWriteResult.inChunks(records, CHUNK, chunk -> upsertChunk(connection, ids, chunk));
        });
    }

    private BulkWriteResult upsertChunk(Connection connection, PooledSequence ids, List<CustomerRecord> chunk) throws SQLException {
        Map<String, Long> existing = ExternalIds.lookup(connection, "customer",
                chunk.stream().map(CustomerRecord::externalId).toList());
        LocalDate today = LocalDate.now(clock);
        List<Object[]> rows = new ArrayList<>(chunk.size());
        for (CustomerRecord r : chunk) {
            Long id = existing.get(r.externalId());
            boolean known = id != null;
            String stage = r.stage() != null ? r.stage().name() : known ? KEEP_STAGE : PurchaseStage.POTENTIAL.name();
            LocalDate createdOn = r.createdOn() != null ? r.createdOn() : known ? KEEP_DATE : today;
            rows.add(new Object[] {known ? id : ids.nextId(), 0, r.externalId(), name(r.type(), CustomerType.INDIVIDUAL),
                    r.name(), CustomerKeys.name(r.name()), name(r.gender(), null), r.birthDate(), r.foundingDate(),
                    r.industry(), r.phone(), CustomerKeys.phone(r.phone()), r.email(), CustomerKeys.email(r.email()),
                    r.region(), name(r.relationshipType(), RelationshipType.GENERAL_CONSUMER), name(r.source(), null),
                    stage, createdOn, r.lastVerifiedOn()});
        }
        MultiRowInsert.upsert(connection, "customer", INSERT_COLUMNS, rows, ON_DUPLICATE);
        int updated = existing.size();
        return new BulkWriteResult(chunk.size() - updated, updated);
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

    private static String name(Enum<?> value, Enum<?> fallback) {
        Enum<?> chosen = value == null ? fallback : value;
        return chosen == null ? null : chosen.name();
    }
}
