package org.menagerie.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The store's global change counter, one row that every writing transaction locks until it commits.
 *
 * <p>Why readers catching up with {@code changesSince} never skip a change, on H2 and on PostgreSQL alike: a writer
 * takes the row with {@code SELECT ... FOR UPDATE} before it numbers anything, and keeps it until its commit or
 * rollback. On PostgreSQL (READ COMMITTED, MVCC) a second writer blocks on that row lock; when the first ends, the
 * waiting {@code FOR UPDATE} re-reads the newest committed version of the row (not the one in its snapshot), so it
 * continues from the first writer's last number. PostgreSQL releases a transaction's locks only after the commit is
 * visible to new snapshots, so by the time the second writer can commit, every snapshot that sees its numbers also
 * sees the first writer's. Numbers thus become visible in order and without holes: a reader that has seen number n
 * has seen everything below it. A rolled-back writer leaves the row as it was, so it burns no number. A database
 * SEQUENCE or identity column would not do: its numbers are handed out at insert time, outside the transaction, and
 * commit out of order.
 */
final class Sequence {
    private Sequence() {}

    /** Locks the counter for the current transaction and returns the last sequence number handed out. */
    static long lock(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT last_seq FROM store_seq WHERE id = 1 FOR UPDATE");
             ResultSet rs = st.executeQuery()) {
            if (!rs.next()) throw new IllegalStateException("the store has no sequence row; was it migrated?");
            return rs.getLong(1);
        }
    }

    static void set(Connection c, long last) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE store_seq SET last_seq = ? WHERE id = 1")) {
            st.setLong(1, last);
            st.executeUpdate();
        }
    }

    static long last(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT last_seq FROM store_seq WHERE id = 1");
             ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
