package com.idic.crm.segmentation.domain;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.idic.crm.segmentation.CompanyFigures;
import com.idic.crm.segmentation.RunStep;
import com.idic.crm.segmentation.SegmentationSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The set-based run on one database connection: one pass over the orders into a temporary in-memory
 * per-customer aggregate, two sorted updates of it numbering the profit and revenue ranks, the medians,
 * one INSERT ... SELECT into the run's own score table (bulk-loaded empty, then indexed in one ALTER
 * TABLE) and the per-group cube. No order and no customer row comes into Java. Publishing the result is
 * the caller's (one UPDATE of the run row).
 */
public final class SegmentationRunner {

    private static final Logger log = LoggerFactory.getLogger(SegmentationRunner.class);

    /** Told as each step begins; may throw to stop the run (a cancelled run). */
    @FunctionalInterface
    public interface Steps {
        void begin(RunStep step);
    }

    public record Outcome(long customersScored, CompanyFigures figures) {
    }

    /** A second connection for the upper half of the aggregate pass, so it uses both cores of a small server. */
    @FunctionalInterface
    public interface Connections {
        Connection open() throws SQLException;
    }

    private final Connection connection;
    private final Connections helpers;
    private final long runId;
    private final SegmentationSettings settings;
    private final ScoreSql sql;

    public SegmentationRunner(Connection connection, Connections helpers, long runId, SegmentationSettings settings,
                              LocalDate analysisDate) {
        this.connection = connection;
        this.helpers = helpers;
        this.runId = runId;
        this.settings = settings;
        this.sql = new ScoreSql(settings, analysisDate);
    }

    public Outcome run(Steps steps) throws SQLException {
        connection.setAutoCommit(true);
        // a consistent read that takes no locks on the orders (imports go on); the pool resets it afterwards
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        try (Statement statement = connection.createStatement()) {
            // divisions to 32 places
            statement.execute("SET SESSION div_precision_increment = 30");
            // the rank updates, the CLV median and the cube sort and group a million rows: in memory, not on disk
            statement.execute("SET SESSION tmp_table_size = 1073741824, sort_buffer_size = 67108864");
            // the in-memory aggregate holds every customer: room for the customer table's estimated rows, twice over
            statement.execute("SET SESSION max_heap_table_size = (SELECT GREATEST(1073741824, 256 * COALESCE(MAX(table_rows), 0))"
                    + " FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'customer')");
            statement.execute("DROP TEMPORARY TABLE IF EXISTS " + ScoreSql.AGGREGATE_TABLE);
            try {
                return steps(statement, steps);
            } finally {
                statement.execute("DROP TEMPORARY TABLE IF EXISTS " + ScoreSql.AGGREGATE_TABLE);
                statement.execute("SET SESSION div_precision_increment = DEFAULT, tmp_table_size = DEFAULT,"
                        + " max_heap_table_size = DEFAULT, sort_buffer_size = DEFAULT");
            }
        }
    }

    private long mark = System.nanoTime();

    /** Each step's time in the log: where a slow run spends it. */
    private void lap(String what) {
        long now = System.nanoTime();
        log.info("Segmentation run {}: {} in {} ms", runId, what, (now - mark) / 1_000_000);
        mark = now;
    }

    private Outcome steps(Statement statement, Steps steps) throws SQLException {
        steps.begin(RunStep.AGGREGATING);
        mark = System.nanoTime();
        statement.execute(sql.createAggregate());
        aggregate(statement);
        lap("aggregate");
        statement.executeUpdate(sql.dropMergedCustomers());
        lap("merged customers dropped");

        steps.begin(RunStep.SCORING);
        executeAll(statement, sql.rankByProfit());
        lap("profit ranks, R, F, M and future CLV");
        executeAll(statement, sql.rankByRevenue());
        lap("revenue ranks");
        Totals totals = totals(statement);
        Median profit = profitMedian(totals.withOrders);
        Median future = futureMedian(totals.withOrders);
        lap("totals and medians");

        steps.begin(RunStep.INDEXING);
        statement.execute(ScoreTable.create(runId));
        long scored = bulkInsert(statement, sql.insertScores(runId, totals.withOrders, totals.revenue, profit, future));
        lap("scores written");
        statement.execute(ScoreTable.addIndexes(runId));
        lap("scores indexed");

        steps.begin(RunStep.SUMMARIZING);
        statement.executeUpdate(sql.fillCube(runId));
        lap("cube");
        CompanyFigures figures = CompanyFiguresCalculation.figures(runId, sql.dates().analysisDate(), settings, scored,
                totals.withOrders, totals.activeAtStart, totals.activeAtEnd, totals.churned, totals.profitOfActive,
                totals.revenue, totals.profit, new ValueMatrix(profit, future));
        return new Outcome(scored, figures);
    }

    /**
     * The pass over the orders in two halves by customer id at once: the lower half on this connection, the
     * upper half on a helper into a side table, appended after. Each half streams its part of the order index.
     */
    private void aggregate(Statement statement) throws SQLException {
        long lastLower;
        try (ResultSet row = statement.executeQuery("SELECT MIN(id), MAX(id) FROM customer")) {
            row.next();
            long min = row.getLong(1);
            long max = row.getLong(2);
            // also for a handful of customers: the tests take the same path as a big run
            if (row.wasNull() || max <= min) {
                statement.executeUpdate(sql.fillAggregate());
                return;
            }
            lastLower = min + (max - min) / 2;
        }
        String side = ScoreSql.sideAggregate(runId);
        statement.execute("DROP TABLE IF EXISTS " + side);
        statement.execute(sql.createSideAggregate(runId));
        ExecutorService helper = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "crm-segmentation-helper"));
        try {
            Future<?> upper = helper.submit(() -> {
                try (Connection other = helpers.open(); Statement fill = other.createStatement()) {
                    other.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                    fill.executeUpdate(sql.fillUpperAggregate(runId, lastLower));
                }
                return null;
            });
            try {
                statement.executeUpdate(sql.fillLowerAggregate(lastLower));
            } finally {
                waitFor(upper);
            }
            statement.executeUpdate(sql.appendSideAggregate(runId));
        } finally {
            helper.shutdownNow();
            statement.execute("DROP TABLE IF EXISTS " + side);
        }
    }

    private static void waitFor(Future<?> work) throws SQLException {
        try {
            work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while the other half of the aggregate was computed", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException("The other half of the aggregate failed", e.getCause());
        }
    }

    private static void executeAll(Statement statement, List<String> statements) throws SQLException {
        for (String each : statements) {
            statement.execute(each);
        }
    }

    /**
     * Into the new, empty table without per-row checks: InnoDB then loads it in bulk (one undo record
     * for the whole table instead of one per row). The rows are unique customers and their customer rows exist.
     */
    private static long bulkInsert(Statement statement, String insert) throws SQLException {
        statement.execute("SET SESSION unique_checks = 0, foreign_key_checks = 0");
        try {
            return statement.executeUpdate(insert);
        } finally {
            statement.execute("SET SESSION unique_checks = 1, foreign_key_checks = 1");
        }
    }

    private record Totals(long withOrders, BigDecimal revenue, BigDecimal profit, long activeAtStart, long activeAtEnd,
                          long churned, BigDecimal profitOfActive) {
    }

    private Totals totals(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql.totals())) {
            row.next();
            return new Totals(row.getLong(1), row.getBigDecimal(2), row.getBigDecimal(3), row.getLong(4),
                    row.getLong(5), row.getLong(6), row.getBigDecimal(7));
        }
    }

    /** The middle pair of P in ascending order, read at the matching descending profit ranks. */
    private Median profitMedian(long n) throws SQLException {
        if (n == 0) {
            return new Median(BigDecimal.ZERO, BigDecimal.ZERO);
        }
        long lowerRank = n + 1 - Median.lowerRank(n);
        long upperRank = n + 1 - Median.upperRank(n);
        Map<Long, BigDecimal> byRank = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql.profitAtRanks())) {
            statement.setLong(1, lowerRank);
            statement.setLong(2, upperRank);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    byRank.put(row.getLong(1), row.getBigDecimal(2));
                }
            }
        }
        return new Median(byRank.get(lowerRank), byRank.get(upperRank));
    }

    private Median futureMedian(long n) throws SQLException {
        if (n == 0) {
            return new Median(BigDecimal.ZERO, BigDecimal.ZERO);
        }
        try (PreparedStatement statement = connection.prepareStatement(sql.futureFromRank())) {
            statement.setLong(1, Median.lowerRank(n) - 1);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                BigDecimal lower = row.getBigDecimal(1);
                BigDecimal upper = Median.upperRank(n) == Median.lowerRank(n) || !row.next() ? lower : row.getBigDecimal(1);
                return new Median(lower, upper);
            }
        }
    }
}
