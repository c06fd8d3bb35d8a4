package com.idic.crm.segmentation.domain;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import com.idic.crm.segmentation.CompanyFigures;
import com.idic.crm.segmentation.RunStep;
import com.idic.crm.segmentation.SegmentationSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The set-based run on one database connection: one pass over the orders into a temporary
 * per-customer aggregate, the medians, one INSERT ... SELECT with window functions into the run's
 * own, already indexed score table, and the per-group cube. Memory stays bounded: no order and no
 * customer row comes into Java. Publishing the result is the caller's (one UPDATE of the run row).
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

    private final Connection connection;
    private final long runId;
    private final SegmentationSettings settings;
    private final ScoreSql sql;

    public SegmentationRunner(Connection connection, long runId, SegmentationSettings settings, LocalDate analysisDate) {
        this.connection = connection;
        this.runId = runId;
        this.settings = settings;
        this.sql = new ScoreSql(settings, analysisDate);
    }

    public Outcome run(Steps steps) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            // a consistent read that takes no locks on the orders (imports go on), and divisions to 32 places
            statement.execute("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED");
            statement.execute("SET SESSION div_precision_increment = 30");
            // the window functions and the cube sort and group a million rows: in memory, not on disk
            statement.execute("SET SESSION tmp_table_size = 1073741824, max_heap_table_size = 1073741824,"
                    + " sort_buffer_size = 67108864");
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
        statement.executeUpdate(sql.fillAggregate());
        lap("aggregate");
        statement.executeUpdate(sql.dropMergedCustomers());

        steps.begin(RunStep.SCORING);
        Totals totals = totals(statement);
        Median profit = median(sql.profitAtRank(), totals.withOrders);
        Median future = median(sql.futureAtRank(), totals.withOrders);
        lap("medians");
        statement.execute(ScoreTable.create(runId));
        statement.execute(ScoreTable.addIndexes(runId));

        steps.begin(RunStep.INDEXING);
        long scored = statement.executeUpdate(
                sql.insertScores(runId, totals.withOrders, totals.revenue, profit, future));
        lap("scores written and indexed");

        steps.begin(RunStep.SUMMARIZING);
        statement.executeUpdate(sql.fillCube(runId));
        lap("cube");
        CompanyFigures figures = CompanyFiguresCalculation.figures(runId, sql.dates().analysisDate(), settings, scored,
                totals.withOrders, totals.activeAtStart, totals.activeAtEnd, totals.churned, totals.profitOfActive,
                totals.revenue, totals.profit, new ValueMatrix(profit, future));
        return new Outcome(scored, figures);
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

    private Median median(String valueAtRank, long n) throws SQLException {
        if (n == 0) {
            return new Median(BigDecimal.ZERO, BigDecimal.ZERO);
        }
        BigDecimal lower = valueAt(valueAtRank, Median.lowerRank(n));
        BigDecimal upper = Median.upperRank(n) == Median.lowerRank(n) ? lower : valueAt(valueAtRank, Median.upperRank(n));
        return new Median(lower, upper);
    }

    private BigDecimal valueAt(String query, long rank) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setLong(1, rank - 1);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getBigDecimal(1);
            }
        }
    }
}
