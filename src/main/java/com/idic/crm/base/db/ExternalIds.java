package com.idic.crm.base.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Looks up row ids by the unique {@code external_id} column of a table. The column compares
 * case-insensitively (utf8mb4_unicode_ci), so the answer is keyed by the caller's spelling.
 */
public final class ExternalIds {

    private ExternalIds() {
    }

    /** One query: keep {@code externalIds} to a sensible chunk (about a thousand). */
    public static Map<String, Long> lookup(Connection connection, String table, List<String> externalIds) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        if (externalIds.isEmpty()) {
            return ids;
        }
        Map<String, Long> byFolded = new HashMap<>();
        String sql = "SELECT external_id, id FROM " + table + " WHERE external_id IN ("
                + String.join(",", Collections.nCopies(externalIds.size(), "?")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < externalIds.size(); i++) {
                statement.setString(i + 1, externalIds.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    byFolded.put(fold(rows.getString(1)), rows.getLong(2));
                }
            }
        }
        for (String externalId : externalIds) {
            Long id = byFolded.get(fold(externalId));
            if (id != null) {
                ids.put(externalId, id);
            }
        }
        return ids;
    }

    /** The form two external ids share when the database treats them as equal (case, trailing blanks). */
    public static String fold(String externalId) {
        return externalId.stripTrailing().toLowerCase(Locale.ROOT);
    }
}
