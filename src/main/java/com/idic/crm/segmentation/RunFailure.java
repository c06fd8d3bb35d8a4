package com.idic.crm.segmentation;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.springframework.dao.DataAccessException;

/**
 * Why a run failed, as a manager can read it (the views translate it); the technical detail, the
 * exception with its stack, goes to the server log.
 */
public enum RunFailure {
    /** A manager stopped it; the run names who. */
    CANCELLED,
    /** The application stopped while it ran. */
    INTERRUPTED,
    /** It waited too long for a lock or was chosen as a deadlock victim: a later start normally works. */
    DATABASE_BUSY,
    /** The database server ran out of disk or table space. */
    DATABASE_FULL,
    /** The connection to the database broke. */
    DATABASE_UNREACHABLE,
    /** Any other error the database reported. */
    DATABASE_ERROR,
    UNEXPECTED;

    // MariaDB error numbers: lock wait timeout, deadlock; table full, disk full, out of temporary space
    private static final Set<Integer> BUSY = Set.of(1205, 1213);
    private static final Set<Integer> FULL = Set.of(1114, 1021, 3, 1030);

    /** What went wrong, judged from the exception and its causes. */
    public static RunFailure of(Throwable failure) {
        boolean database = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RunCancelledException) {
                return CANCELLED;
            }
            if (cause instanceof SQLException sql) {
                RunFailure known = of(sql);
                if (known != null) {
                    return known;
                }
                database = true;
            }
            database |= cause instanceof DataAccessException;
        }
        return database ? DATABASE_ERROR : UNEXPECTED;
    }

    private static RunFailure of(SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        if (BUSY.contains(sql.getErrorCode()) || state.equals("40001")) {
            return DATABASE_BUSY;
        }
        if (FULL.contains(sql.getErrorCode())) {
            return DATABASE_FULL;
        }
        if (sql instanceof SQLNonTransientConnectionException || sql instanceof SQLTransientConnectionException
                || state.startsWith("08")) {
            return DATABASE_UNREACHABLE;
        }
        return null;
    }
}
