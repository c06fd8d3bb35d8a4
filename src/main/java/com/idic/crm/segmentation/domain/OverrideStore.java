package com.idic.crm.segmentation.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import com.idic.crm.segmentation.LifecycleOverride;
import com.idic.crm.segmentation.LifecycleStage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Lifecycle stages set by hand, one per customer. */
@Repository
public class OverrideStore {

    private final JdbcTemplate jdbc;

    OverrideStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public LifecycleOverride put(long customerId, LifecycleStage stage, String reason, String by, Instant now) {
        jdbc.update("INSERT INTO lifecycle_override (customer_id, stage, reason, set_by, set_at) VALUES (?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE stage = VALUES(stage), reason = VALUES(reason),"
                        + " set_by = VALUES(set_by), set_at = VALUES(set_at)",
                customerId, stage.name(), reason, by, Timestamp.from(now));
        return new LifecycleOverride(customerId, stage, reason, by, now);
    }

    public boolean remove(long customerId) {
        return jdbc.update("DELETE FROM lifecycle_override WHERE customer_id = ?", customerId) > 0;
    }

    public Optional<LifecycleOverride> find(long customerId) {
        return jdbc.query("SELECT stage, reason, set_by, set_at FROM lifecycle_override WHERE customer_id = ?",
                (row, i) -> new LifecycleOverride(customerId, LifecycleStage.valueOf(row.getString(1)),
                        row.getString(2), row.getString(3), row.getTimestamp(4).toInstant()), customerId)
                .stream().findFirst();
    }
}
