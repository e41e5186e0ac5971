package org.menagerie.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The store's global change counter, one row that every writing transaction locks until it commits. */
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
