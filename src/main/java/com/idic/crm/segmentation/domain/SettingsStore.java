package com.idic.crm.segmentation.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.idic.crm.segmentation.SegmentationSettings;
import com.idic.crm.segmentation.StoredSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The settings row (version 0 = never saved: the defaults) and the history of every saved version. */
@Repository
public class SettingsStore {

    public static final String DEFAULTS_BY = "defaults";

    private final JdbcTemplate jdbc;

    SettingsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public StoredSettings current() {
        return jdbc.query("SELECT settings, version, changed_by, changed_at FROM segmentation_settings WHERE id = 1",
                        (row, i) -> new StoredSettings(SettingsCodec.decode(row.getString(1)), row.getLong(2),
                                row.getString(3), row.getTimestamp(4).toInstant()))
                .stream().findFirst()
                .orElse(new StoredSettings(SegmentationSettings.defaults(), 0, DEFAULTS_BY, null));
    }

    /** Saves if the stored version is still {@code expectedVersion}; empty if someone saved in between. */
    public Optional<StoredSettings> save(SegmentationSettings settings, long expectedVersion, String by, Instant now) {
        String text = SettingsCodec.encode(settings);
        long next = expectedVersion + 1;
        int changed = expectedVersion == 0
                ? jdbc.update("INSERT IGNORE INTO segmentation_settings (id, version, settings, changed_by, changed_at)"
                + " VALUES (1, ?, ?, ?, ?)", next, text, by, Timestamp.from(now))
                : jdbc.update("UPDATE segmentation_settings SET version = ?, settings = ?, changed_by = ?, changed_at = ?"
                + " WHERE id = 1 AND version = ?", next, text, by, Timestamp.from(now), expectedVersion);
        if (changed == 0) {
            return Optional.empty();
        }
        jdbc.update("INSERT INTO segmentation_settings_history (version, settings, changed_by, changed_at)"
                + " VALUES (?, ?, ?, ?)", next, text, by, Timestamp.from(now));
        return Optional.of(new StoredSettings(settings, next, by, now));
    }

    public List<StoredSettings> history(int limit) {
        return jdbc.query("SELECT settings, version, changed_by, changed_at FROM segmentation_settings_history"
                        + " ORDER BY version DESC LIMIT ?",
                (row, i) -> new StoredSettings(SettingsCodec.decode(row.getString(1)), row.getLong(2),
                        row.getString(3), row.getTimestamp(4).toInstant()), limit);
    }
}
