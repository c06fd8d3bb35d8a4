package com.idic.crm.segmentation.domain;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.idic.crm.segmentation.CompanyFigures;
import com.idic.crm.segmentation.RunFailure;
import com.idic.crm.segmentation.RunStatus;
import com.idic.crm.segmentation.SegmentationRun;
import com.idic.crm.segmentation.SegmentationSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The runs table: one row per run, its settings snapshot, state and company figures. */
@Repository
public class RunStore {

    private static final String COLUMNS = "id, analysis_date, settings, started_by, started_at, finished_at, status,"
            + " customers_scored, customers_with_orders, failure, cancelled_by, scores_kept";

    private final JdbcTemplate jdbc;

    RunStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insertRunning(LocalDate analysisDate, SegmentationSettings settings, String startedBy, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("INSERT INTO segmentation_run"
                    + " (analysis_date, settings, started_by, started_at, status) VALUES (?, ?, ?, ?, 'RUNNING')",
                    Statement.RETURN_GENERATED_KEYS);
            insert.setObject(1, analysisDate);
            insert.setString(2, SettingsCodec.encode(settings));
            insert.setString(3, startedBy);
            insert.setTimestamp(4, Timestamp.from(now));
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    public Optional<SegmentationRun> running() {
        return jdbc.query("SELECT " + COLUMNS + " FROM segmentation_run WHERE status = 'RUNNING' ORDER BY id DESC LIMIT 1",
                RunStore::run).stream().findFirst();
    }

    /** Runs still marked RUNNING although nobody holds the run lock: their node stopped. */
    public List<Long> markInterrupted(String reason, Instant now) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM segmentation_run WHERE status = 'RUNNING'", Long.class);
        ids.forEach(id -> fail(id, RunFailure.INTERRUPTED, null, reason, now));
        return ids;
    }

    public void succeed(long runId, SegmentationRunner.Outcome outcome, Instant now) {
        CompanyFigures f = outcome.figures();
        jdbc.update("UPDATE segmentation_run SET status = 'SUCCEEDED', finished_at = ?, scores_kept = TRUE,"
                        + " customers_scored = ?, customers_with_orders = ?, active_at_start = ?, active_at_end = ?,"
                        + " churned = ?, churn_rate = ?, expected_lifetime = ?, average_profit = ?, group_clv = ?,"
                        + " revenue_12m = ?, profit_12m = ?, median_profit = ?, median_future_clv = ? WHERE id = ?",
                Timestamp.from(now), outcome.customersScored(), f.customersWithOrders(), f.activeAtStart(),
                f.activeAtEnd(), f.churned(), f.churnRate(), f.expectedLifetimeYears(), f.averageProfit(),
                f.groupClv(), f.revenue12m(), f.profit12m(), f.medianProfit(), f.medianFutureClv(), runId);
    }

    /** {@code technical}: a one-line summary kept in the row for whoever reads the database. */
    public void fail(long runId, RunFailure failure, String cancelledBy, String technical, Instant now) {
        String shortened = technical == null ? null : technical.length() > 1000 ? technical.substring(0, 1000) : technical;
        jdbc.update("UPDATE segmentation_run SET status = 'FAILED', finished_at = ?, failure = ?, cancelled_by = ?,"
                + " failure_reason = ?, scores_kept = FALSE WHERE id = ?", Timestamp.from(now), failure.name(),
                cancelledBy, shortened, runId);
    }

    public List<SegmentationRun> list(int offset, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM segmentation_run ORDER BY id DESC LIMIT ? OFFSET ?",
                RunStore::run, limit, offset);
    }

    public Optional<SegmentationRun> find(long runId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM segmentation_run WHERE id = ?", RunStore::run, runId)
                .stream().findFirst();
    }

    public Optional<SegmentationRun> latestSucceeded() {
        return jdbc.query("SELECT " + COLUMNS + " FROM segmentation_run WHERE status = 'SUCCEEDED'"
                + " ORDER BY id DESC LIMIT 1", RunStore::run).stream().findFirst();
    }

    /** Succeeded runs whose scores are kept, beyond the newest {@code keep}: their tables may go. */
    public List<Long> scoresBeyond(int keep) {
        return jdbc.queryForList("SELECT id FROM segmentation_run WHERE status = 'SUCCEEDED' AND scores_kept"
                + " ORDER BY id DESC LIMIT 1000 OFFSET ?", Long.class, keep);
    }

    public void scoresDropped(long runId) {
        jdbc.update("UPDATE segmentation_run SET scores_kept = FALSE WHERE id = ?", runId);
    }

    public boolean startedSince(String startedBy, Instant since) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM segmentation_run"
                + " WHERE started_by = ? AND started_at >= ?)", Boolean.class, startedBy, Timestamp.from(since)));
    }

    public boolean anyCustomer() {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM customer)", Boolean.class));
    }

    public Optional<CompanyFigures> figures(long runId) {
        return jdbc.query("SELECT r.* FROM segmentation_run r WHERE id = ? AND status = 'SUCCEEDED'",
                (row, i) -> {
                    SegmentationSettings settings = SettingsCodec.decode(row.getString("settings"));
                    return new CompanyFigures(runId, row.getObject("analysis_date", LocalDate.class),
                            row.getLong("customers_scored"), row.getLong("customers_with_orders"),
                            row.getLong("active_at_start"), row.getLong("active_at_end"), row.getLong("churned"),
                            row.getBigDecimal("churn_rate"), row.getBigDecimal("expected_lifetime"),
                            row.getBigDecimal("average_profit"), row.getBigDecimal("group_clv"),
                            settings.clv().discountRate(), settings.clv().lifetimeCapYears(),
                            row.getBigDecimal("revenue_12m"), row.getBigDecimal("profit_12m"),
                            row.getBigDecimal("median_profit"), row.getBigDecimal("median_future_clv"));
                }, runId).stream().findFirst();
    }

    private static SegmentationRun run(ResultSet row, int rowNumber) throws SQLException {
        Timestamp finished = row.getTimestamp("finished_at");
        return new SegmentationRun(row.getLong("id"), row.getObject("analysis_date", LocalDate.class),
                SettingsCodec.decode(row.getString("settings")), row.getString("started_by"),
                row.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                RunStatus.valueOf(row.getString("status")), row.getLong("customers_scored"),
                row.getLong("customers_with_orders"),
                row.getString("failure") == null ? null : RunFailure.valueOf(row.getString("failure")),
                row.getString("cancelled_by"), row.getBoolean("scores_kept"));
    }
}
