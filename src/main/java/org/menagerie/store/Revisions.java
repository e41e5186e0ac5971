package org.menagerie.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.menagerie.catalog.CaseStore.Change;
import org.menagerie.catalog.Revision;

/** The revisions table: one row for each change to a case, numbered by the global sequence. */
final class Revisions {
    /** The pseudo-field a deletion's revision names as changed. */
    static final String DELETED = "deleted";

    static final String INSERT = "INSERT INTO revisions (case_id, version, seq, author, committed_at, changed, snapshot)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";

    private Revisions() {}

    static void bind(PreparedStatement st, String caseId, int version, long seq, String author, Instant at,
                     List<String> changed, String snapshot) throws SQLException {
        st.setString(1, caseId);
        st.setInt(2, version);
        st.setLong(3, seq);
        st.setString(4, author);
        st.setObject(5, Jdbc.time(at));
        st.setString(6, String.join(",", changed));
        st.setString(7, snapshot);
        st.addBatch();
    }

    static List<Revision> history(Connection c, String caseId) throws SQLException {
        List<Revision> revisions = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT version, author, committed_at, changed, snapshot"
                + " FROM revisions WHERE case_id = ? ORDER BY version")) {
            st.setString(1, caseId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    revisions.add(new Revision(caseId, rs.getInt(1), rs.getString(2), Jdbc.instant(rs.getObject(3)),
                            Arrays.asList(rs.getString(4).split(",")), CaseDocs.read(rs.getString(5))));
                }
            }
        }
        return revisions;
    }

    static List<Change> since(Connection c, long seq, int limit) throws SQLException {
        List<Change> changes = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT seq, case_id FROM revisions WHERE seq > ? ORDER BY seq")) {
            st.setLong(1, seq);
            st.setMaxRows(limit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) changes.add(new Change(rs.getLong(1), rs.getString(2)));
            }
        }
        return changes;
    }
}
