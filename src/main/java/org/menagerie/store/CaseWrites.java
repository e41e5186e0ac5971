package org.menagerie.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseStore.Outcome;
import org.menagerie.catalog.CaseStore.Written;

/**
 * Writes a batch of cases inside the caller's transaction: one bulk read of the stored hashes, then JDBC batches of
 * inserts, updates and revisions. Documents are read only for the cases whose content changed.
 */
final class CaseWrites {
    private static final int IN_LIST = 500;
    private static final String INSERT = "INSERT INTO cases (version, content_hash, verdict, status, dataset, language,"
            + " created_at, updated_at, seq, doc, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE cases SET version = ?, content_hash = ?, verdict = ?, status = ?,"
            + " dataset = ?, language = ?, created_at = ?, updated_at = ?, seq = ?, doc = ? WHERE id = ?";

    /** What the store holds for one case; {@code current} is loaded only when needed. */
    private record State(int version, String hash, Instant created, long seq, Case current) {}

    private CaseWrites() {}

    static List<Written> putAll(Connection c, List<Case> cases, String author, Instant now) throws SQLException {
        long seq = Sequence.lock(c);
        List<String> hashes = new ArrayList<>(cases.size());
        for (Case k : cases) hashes.add(CaseDocs.hash(k));
        Map<String, State> states = stored(c, cases);
        loadChanged(c, states, cases, hashes);

        List<Written> written = new ArrayList<>(cases.size());
        try (PreparedStatement insert = c.prepareStatement(INSERT);
             PreparedStatement update = c.prepareStatement(UPDATE);
             PreparedStatement revision = c.prepareStatement(Revisions.INSERT)) {
            for (int i = 0; i < cases.size(); i++) {
                Case k = cases.get(i);
                State s = states.get(k.id());
                List<String> changed = s == null ? k.changedFrom(null) : sameHash(s, hashes.get(i)) ? List.of() : k.changedFrom(s.current());
                if (changed.isEmpty()) {
                    written.add(new Written(k.id(), Outcome.UNCHANGED, s.version(), s.seq()));
                    continue;
                }
                int version = s == null ? 1 : s.version() + 1;
                Case stamped = k.stamped(s == null ? now : s.created(), now);
                String doc = CaseDocs.doc(stamped);
                seq++;
                bind(s == null ? insert : update, stamped, version, hashes.get(i), seq, doc);
                Revisions.bind(revision, k.id(), version, seq, author, now, changed, doc);
                states.put(k.id(), new State(version, hashes.get(i), stamped.created(), seq, stamped));
                written.add(new Written(k.id(), s == null ? Outcome.CREATED : Outcome.UPDATED, version, seq));
            }
            // Inserts first: a case created and then changed within one batch is updated after it exists.
            insert.executeBatch();
            update.executeBatch();
            revision.executeBatch();
        }
        Sequence.set(c, seq);
        return written;
    }

    private static boolean sameHash(State s, String hash) {
        return s.hash().equals(hash);
    }

    private static void bind(PreparedStatement st, Case k, int version, String hash, long seq, String doc)
            throws SQLException {
        st.setInt(1, version);
        st.setString(2, hash);
        st.setString(3, k.verdict().name());
        st.setString(4, k.status().name());
        st.setString(5, k.provenance().dataset());
        st.setString(6, k.language());
        st.setObject(7, Jdbc.time(k.created()));
        st.setObject(8, Jdbc.time(k.updated()));
        st.setLong(9, seq);
        st.setString(10, doc);
        st.setString(11, k.id());
        st.addBatch();
    }

    /** The stored version, hash and creation time of every case in the batch that exists already. */
    private static Map<String, State> stored(Connection c, List<Case> cases) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        for (Case k : cases) ids.add(k.id());
        Map<String, State> states = new HashMap<>();
        for (List<String> chunk : chunks(ids)) {
            String sql = "SELECT id, version, content_hash, created_at, seq FROM cases WHERE id IN (" + marks(chunk.size()) + ")";
            try (PreparedStatement st = c.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) st.setString(i + 1, chunk.get(i));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        states.put(rs.getString(1), new State(rs.getInt(2), rs.getString(3),
                                Jdbc.instant(rs.getObject(4)), rs.getLong(5), null));
                    }
                }
            }
        }
        return states;
    }

    /** Reads the stored documents of the cases whose hash differs, to name the fields that changed. */
    private static void loadChanged(Connection c, Map<String, State> states, List<Case> cases, List<String> hashes)
            throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < cases.size(); i++) {
            State s = states.get(cases.get(i).id());
            if (s != null && !sameHash(s, hashes.get(i))) ids.add(cases.get(i).id());
        }
        for (List<String> chunk : chunks(ids)) {
            try (PreparedStatement st = c.prepareStatement("SELECT id, doc FROM cases WHERE id IN (" + marks(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) st.setString(i + 1, chunk.get(i));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        State s = states.get(rs.getString(1));
                        states.put(rs.getString(1), new State(s.version(), s.hash(), s.created(), s.seq(), CaseDocs.read(rs.getString(2))));
                    }
                }
            }
        }
    }

    private static List<List<String>> chunks(Collection<String> ids) {
        List<List<String>> chunks = new ArrayList<>();
        List<String> all = List.copyOf(ids);
        for (int i = 0; i < all.size(); i += IN_LIST) chunks.add(all.subList(i, Math.min(all.size(), i + IN_LIST)));
        return chunks;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
