package org.menagerie.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * Connections and transactions over a data source. Writes also take an in-process lock: the store's sequence row
 * serializes writers across processes anyway, and waiting here is cheaper than waiting on a database lock timeout.
 */
final class Jdbc {
    /** Work done with a connection. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private static final int ATTEMPTS = 3;

    private final DataSource dataSource;
    private final ReentrantLock writeLock = new ReentrantLock();

    Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs read-only work on its own connection, in auto-commit mode. */
    <T> T read(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            boolean connected = false;
            try (Connection c = dataSource.getConnection()) {
                connected = true;
                c.setAutoCommit(true);
                return work.run(c);
            } catch (SQLException e) {
                if (!retry(e, connected, attempt)) throw new StoreException(e);
            }
        }
    }

    /**
     * Runs work in one transaction: committed when it returns, rolled back when it throws. A connection that breaks
     * before the commit is sent (one left broken in the pool by a database restart) is replaced and the work run
     * again: the server rolled the transaction back with the connection, so nothing of it was kept. A failure during
     * the commit is never retried, since the commit may have happened.
     */
    <T> T write(Work<T> work) {
        writeLock.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                boolean connected = false;
                boolean committing = false;
                try (Connection c = dataSource.getConnection()) {
                    connected = true;
                    c.setAutoCommit(false);
                    try {
                        T result = work.run(c);
                        committing = true;
                        c.commit();
                        return result;
                    } catch (SQLException | RuntimeException | Error e) {
                        if (!committing) rollback(c, e);
                        throw e;
                    } finally {
                        if (!c.isClosed()) resetAutoCommit(c);
                    }
                } catch (SQLException e) {
                    if (committing || !retry(e, connected, attempt)) throw new StoreException(e);
                }
            }
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Whether to try again after {@code e}: only for a connection that broke after the pool handed it out, at most
     * {@link #ATTEMPTS} times. When the pool itself found no connection it has already waited its timeout.
     */
    private static boolean retry(SQLException e, boolean connected, int attempt) {
        if (!connected || attempt >= ATTEMPTS || !StoreException.unreachable(e)) return false;
        try {
            Thread.sleep(200L * attempt);
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void resetAutoCommit(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // A broken connection is closed next and dropped by the pool.
        }
    }

    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Whether the store refused a write for a unique key already taken (SQL state 23505 in H2 and PostgreSQL). */
    static boolean duplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) return true;
        }
        return false;
    }

    static OffsetDateTime time(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(Object value) {
        if (value instanceof OffsetDateTime t) return t.toInstant();
        if (value instanceof Timestamp t) return t.toInstant();
        throw new IllegalStateException("not a timestamp: " + value);
    }
}
