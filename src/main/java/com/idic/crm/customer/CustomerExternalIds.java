package com.idic.crm.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.idic.crm.base.db.ExternalIds;
import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an external id in a file means today. A merged-away record keeps its external id (so the
 * merge can be undone), but what comes in under that id belongs to the record it was merged into,
 * following merges of merges; an anonymized record must not be given its identity back.
 */
@Component
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
public class CustomerExternalIds {

    static final int CHUNK = 1000;

    private final JdbcTemplate jdbc;

    CustomerExternalIds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param id         the record that carries the external id
     * @param survivorId the record its data belongs to: {@code id} itself unless it was merged away
     * @param survivorName the survivor's name, to tell the user where the data went
     * @param mergeIds   the merges (not undone) from {@code id} to the survivor, first one first; empty if not merged
     * @param anonymized the record carrying the id was anonymized
     */
    public record Resolved(long id, long survivorId, String survivorName, List<Long> mergeIds, boolean anonymized) {

        public boolean merged() {
            return survivorId != id;
        }
    }

    /** By {@link ExternalIds#fold folded} external id; unknown ids are absent. */
    @Transactional(readOnly = true)
    public Map<String, Resolved> resolve(Collection<String> externalIds) {
        List<String> all = new ArrayList<>(externalIds);
        return jdbc.execute((ConnectionCallback<Map<String, Resolved>>) connection -> {
            Map<String, Resolved> resolved = new HashMap<>();
            for (int from = 0; from < all.size(); from += CHUNK) {
                resolved.putAll(resolveChunk(connection, all.subList(from, Math.min(all.size(), from + CHUNK))));
            }
            return resolved;
        });
    }

    private record Row(long id, String name, Long mergedInto, boolean anonymized) {
    }

    private static Map<String, Resolved> resolveChunk(Connection connection, List<String> externalIds) throws SQLException {
        Map<String, Resolved> resolved = new HashMap<>();
        Map<String, Row> byExternalId = new HashMap<>();
        Map<Long, Row> byId = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT external_id, id, name, merged_into_id, anonymized_at IS NOT NULL FROM customer WHERE external_id IN ("
                        + placeholders(externalIds.size()) + ")")) {
            for (int i = 0; i < externalIds.size(); i++) {
                statement.setString(i + 1, externalIds.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Row row = new Row(rows.getLong(2), rows.getString(3), (Long) rows.getObject(4, Long.class), rows.getBoolean(5));
                    byExternalId.put(ExternalIds.fold(rows.getString(1)), row);
                    byId.put(row.id, row);
                }
            }
        }
        followMerges(connection, byId);
        Map<Long, Long> activeMergeOf = byExternalId.values().stream().anyMatch(row -> row.mergedInto != null)
                ? activeMerges(connection, byId) : Map.of();
        byExternalId.forEach((key, row) -> {
            List<Long> merges = new ArrayList<>();
            Row current = row;
            for (int step = 0; current.mergedInto != null && step <= byId.size(); step++) {
                Long merge = activeMergeOf.get(current.id);
                if (merge != null) {
                    merges.add(merge);
                }
                current = byId.get(current.mergedInto);
            }
            resolved.put(key, new Resolved(row.id, current.id, current.name, List.copyOf(merges), row.anonymized));
        });
        return resolved;
    }

    /** Loads the records merged-away ones point at, until every chain ends at a record not merged. */
    private static void followMerges(Connection connection, Map<Long, Row> byId) throws SQLException {
        List<Long> missing = missingTargets(byId);
        while (!missing.isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, name, merged_into_id, anonymized_at IS NOT NULL FROM customer WHERE id IN ("
                            + placeholders(missing.size()) + ")")) {
                for (int i = 0; i < missing.size(); i++) {
                    statement.setLong(i + 1, missing.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        Row row = new Row(rows.getLong(1), rows.getString(2), (Long) rows.getObject(3, Long.class), rows.getBoolean(4));
                        byId.put(row.id, row);
                    }
                }
            }
            missing = missingTargets(byId);
        }
    }

    private static List<Long> missingTargets(Map<Long, Row> byId) {
        return byId.values().stream().map(Row::mergedInto)
                .filter(target -> target != null && !byId.containsKey(target)).distinct().toList();
    }

    /** The merge (not undone) that merged each merged-away record: what an undo would reverse. */
    private static Map<Long, Long> activeMerges(Connection connection, Map<Long, Row> byId) throws SQLException {
        List<Long> merged = byId.values().stream().filter(row -> row.mergedInto != null).map(Row::id).toList();
        Map<Long, Long> merges = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT merged_id, id FROM customer_merge WHERE undone_at IS NULL AND merged_id IN ("
                        + placeholders(merged.size()) + ")")) {
            for (int i = 0; i < merged.size(); i++) {
                statement.setLong(i + 1, merged.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    merges.put(rows.getLong(1), rows.getLong(2));
                }
            }
        }
        return merges;
    }

    private static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }
}
