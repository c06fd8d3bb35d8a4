package com.idic.crm.segmentation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import com.idic.crm.segmentation.domain.CubeStore;
import com.idic.crm.segmentation.domain.RunStore;
import com.idic.crm.segmentation.domain.ScoreSql;
import com.idic.crm.segmentation.domain.ScoreTable;
import com.idic.crm.segmentation.domain.SegmentationRunner;
import com.idic.crm.segmentation.domain.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One run at a time, also across application nodes: a run holds the MariaDB user lock
 * {@code idic-crm-segmentation:<database>} on its own connection from start to end. If the node dies,
 * the connection and with it the lock go; the next start marks the orphaned run failed. The new
 * results become visible in one UPDATE of the run row; until then, and if the run fails, readers
 * keep seeing the previous run.
 */
@Component
class RunCoordinator {

    static final String INTERRUPTED = "Interrupted: the application stopped during the run";
    private static final String LOCK = "CONCAT('idic-crm-segmentation:', DATABASE())";
    private static final Logger log = LoggerFactory.getLogger(RunCoordinator.class);

    /** A run that holds the lock and has its row, ready to execute. */
    record Launch(SegmentationRun run, Connection connection) {
    }

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final RunStore runs;
    private final CubeStore cube;
    private final SettingsStore settings;
    private final Clock clock;
    private final int keptScoreTables;
    private final Map<Long, String> cancelled = new ConcurrentHashMap<>();

    RunCoordinator(DataSource dataSource, JdbcTemplate jdbc, RunStore runs, CubeStore cube, SettingsStore settings,
                   Clock clock, @Value("${crm.segmentation.kept-score-tables:3}") int keptScoreTables) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.runs = runs;
        this.cube = cube;
        this.settings = settings;
        this.clock = clock;
        this.keptScoreTables = Math.max(1, keptScoreTables);
    }

    Launch launch(LocalDate requested, String startedBy) {
        LocalDate today = LocalDate.now(clock);
        LocalDate analysisDate = requested == null ? today : requested;
        if (analysisDate.isAfter(today)) {
            throw new RunRefusedException(RunRefusedException.FUTURE_DATE, null,
                    "The analysis date " + analysisDate + " is in the future");
        }
        Connection connection = open();
        try {
            if (!lock(connection)) {
                SegmentationRun other = runs.running().orElse(null);
                throw new RunRefusedException(RunRefusedException.ALREADY_RUNNING, other, other == null
                        ? "Another segmentation run is going on"
                        : "Run " + other.id() + " started by " + other.startedBy() + " at " + other.startedAt()
                        + " is still running");
            }
            for (long orphan : runs.markInterrupted(INTERRUPTED, clock.instant())) {
                discard(orphan);
            }
            SegmentationSettings used = settings.current().settings();
            long id = runs.insertRunning(analysisDate, used, startedBy, clock.instant());
            return new Launch(runs.find(id).orElseThrow(), connection);
        } catch (RuntimeException e) {
            release(connection);
            throw e;
        }
    }

    /** Runs the launched run to its end; returns it SUCCEEDED or FAILED (with the reason), never throws. */
    SegmentationRun execute(Launch launch, RunProgress progress) {
        SegmentationRun run = launch.run();
        long id = run.id();
        try {
            SegmentationRunner.Outcome outcome = new SegmentationRunner(launch.connection(), dataSource::getConnection, id, run.settings(),
                    run.analysisDate()).run(step -> {
                        checkNotCancelled(id);
                        tell(progress, id, step);
                    });
            checkNotCancelled(id);
            tell(progress, id, RunStep.PUBLISHING);
            runs.succeed(id, outcome, clock.instant());
            log.info("Segmentation run {} at {} scored {} customers in {} ms", id, run.analysisDate(),
                    outcome.customersScored(), clock.millis() - run.startedAt().toEpochMilli());
            dropOldScores();
            tell(progress, id, RunStep.DONE);
        } catch (SQLException | RuntimeException e) {
            RunFailure failure = RunFailure.of(e);
            if (failure == RunFailure.CANCELLED) {
                log.info("Segmentation run {} {}; the previous results stay", id, e.getMessage());
            } else {
                log.error("Segmentation run {} failed ({}); the previous results stay", id, failure, e);
            }
            discard(id);
            runs.fail(id, failure, e instanceof RunCancelledException cancel ? cancel.cancelledBy() : null, summary(e),
                    clock.instant());
        } finally {
            cancelled.remove(id);
            release(launch.connection());
        }
        return runs.find(id).orElseThrow();
    }

    private void checkNotCancelled(long id) {
        String by = cancelled.get(id);
        if (by != null) {
            throw new RunCancelledException(by);
        }
    }

    void cancel(long runId, String by) {
        cancelled.put(runId, by);
    }

    /** A RUNNING row whose lock nobody holds belongs to a stopped node: not running. */
    boolean lockHeld() {
        return Boolean.FALSE.equals(jdbc.queryForObject("SELECT IS_FREE_LOCK(" + LOCK + ") = 1", Boolean.class));
    }

    private static String summary(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private void tell(RunProgress progress, long id, RunStep step) {
        try {
            progress.stepStarted(id, step);
        } catch (RuntimeException e) {
            // a closed browser tab must not stop the run
            log.debug("Progress listener of run {} failed", id, e);
        }
    }

    private void dropOldScores() {
        List<Long> old = runs.scoresBeyond(keptScoreTables);
        for (long id : old) {
            runs.scoresDropped(id);
            jdbc.execute(ScoreTable.drop(id));
        }
    }

    private void discard(long runId) {
        try {
            jdbc.execute(ScoreTable.drop(runId));
            jdbc.execute("DROP TABLE IF EXISTS " + ScoreSql.sideAggregate(runId));
            cube.delete(runId);
        } catch (RuntimeException e) {
            log.warn("Could not remove the partial results of run {}", runId, e);
        }
    }

    private Connection open() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("No database connection for a segmentation run", e);
        }
    }

    private static boolean lock(Connection connection) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(" + LOCK + ", 0)");
             ResultSet row = statement.executeQuery()) {
            return row.next() && row.getInt(1) == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the segmentation run lock", e);
        }
    }

    private static void release(Connection connection) {
        try (connection; PreparedStatement statement = connection.prepareStatement("DO RELEASE_LOCK(" + LOCK + ")")) {
            statement.execute();
        } catch (SQLException e) {
            // a broken connection has lost the lock already
            log.debug("Releasing the segmentation run lock failed", e);
        }
    }
}
