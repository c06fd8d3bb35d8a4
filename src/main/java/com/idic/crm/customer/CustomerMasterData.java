package com.idic.crm.customer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every listed (not merged) customer with its master data and contact persons, in id order and in chunks
 * after a given id, for reports over the whole customer base: one range read of the primary key and one
 * read of the chunk's contacts, whatever the size of the table.
 */
@Service
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
public class CustomerMasterData {

    /** One customer's master data. */
    public record Entry(long id, String externalId, CustomerType type, String name, String industry, String phone,
                        String email, String address, String region, RelationshipType relationshipType,
                        InformationSource source, PurchaseStage stage, LocalDate createdOn, LocalDate lastVerifiedOn,
                        boolean anonymized, List<Contact> contacts) {
    }

    /** A contact person of an organization. */
    public record Contact(String name, String role, String phone, String email) {
    }

    private final JdbcTemplate jdbc;

    CustomerMasterData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} customers with an id above {@code afterId} (0 = from the first), by id. */
    @Transactional(readOnly = true)
    public List<Entry> chunkAfter(long afterId, int limit) {
        record Row(long id, String externalId, CustomerType type, String name, String industry, String phone,
                   String email, String address, String region, RelationshipType relationshipType,
                   InformationSource source, PurchaseStage stage, LocalDate createdOn, LocalDate lastVerifiedOn,
                   boolean anonymized) {
        }
        List<Row> rows = jdbc.query("SELECT id, external_id, type, name, industry, phone, email, address, region,"
                        + " relationship_type, source, stage, created_on, last_verified_on, anonymized_at IS NOT NULL"
                        + " FROM customer WHERE id > ? AND merged_into_id IS NULL ORDER BY id LIMIT ?",
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2), CustomerType.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        RelationshipType.valueOf(rs.getString(10)),
                        rs.getString(11) == null ? null : InformationSource.valueOf(rs.getString(11)),
                        PurchaseStage.valueOf(rs.getString(12)), rs.getObject(13, LocalDate.class),
                        rs.getObject(14, LocalDate.class), rs.getBoolean(15)),
                afterId, limit);
        Map<Long, List<Contact>> contacts = contactsOf(rows.stream().map(Row::id).toList());
        return rows.stream().map(r -> new Entry(r.id(), r.externalId(), r.type(), r.name(), r.industry(), r.phone(),
                r.email(), r.address(), r.region(), r.relationshipType(), r.source(), r.stage(), r.createdOn(),
                r.lastVerifiedOn(), r.anonymized(), contacts.getOrDefault(r.id(), List.of()))).toList();
    }

    private Map<Long, List<Contact>> contactsOf(List<Long> customerIds) {
        Map<Long, List<Contact>> contacts = new HashMap<>();
        if (customerIds.isEmpty()) {
            return contacts;
        }
        jdbc.query("SELECT customer_id, name, role, phone, email FROM customer_contact WHERE customer_id IN ("
                        + String.join(",", Collections.nCopies(customerIds.size(), "?")) + ") ORDER BY customer_id, id",
                rs -> {
                    contacts.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new Contact(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }, customerIds.toArray());
        return contacts;
    }
}
