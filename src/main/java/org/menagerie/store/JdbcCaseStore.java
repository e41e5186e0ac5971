package org.menagerie.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseJson;
import org.menagerie.catalog.CaseStore;
import org.menagerie.catalog.Check;
import org.menagerie.catalog.ClaimOutlet;
import org.menagerie.catalog.Narrative;
import org.menagerie.catalog.Revision;

/**
 * The catalog store over JDBC, in SQL that H2 and PostgreSQL both run. Open the embedded one with {@link H2#open}.
 * Cases are kept as CaseJson documents; see {@code db/migration/V1__catalog.sql} for the schema.
 */
public final class JdbcCaseStore implements CaseStore {
    private static final int PAGE = 500;

    private final Jdbc jdbc;
    private final Runnable onClose;

    /** A store over an already migrated data source; {@code onClose} releases it. */
    public JdbcCaseStore(DataSource dataSource, Runnable onClose) {
        this.jdbc = new Jdbc(Check.notNull(dataSource, "dataSource"));
        this.onClose = Check.notNull(onClose, "onClose");
    }

    @Override
    public Written put(Case c, String author) {
        return putAll(List.of(Check.notNull(c, "c")), author).get(0);
    }

    @Override
    public List<Written> putAll(List<Case> cases, String author) {
        Check.notNull(cases, "cases").forEach(c -> Check.notNull(c, "cases"));
        Check.notBlank(author, "author");
        if (cases.isEmpty()) return List.of();
        return jdbc.write(c -> CaseWrites.putAll(c, cases, author, now()));
    }

    @Override
    public Optional<Case> get(String id) {
        return jdbc.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT doc FROM cases WHERE id = ?")) {
                st.setString(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(CaseDocs.read(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean delete(String id, String author) {
        Check.notBlank(author, "author");
        return jdbc.write(c -> {
            long seq = Sequence.lock(c);
            int version;
            String doc;
            try (PreparedStatement st = c.prepareStatement("SELECT version, doc FROM cases WHERE id = ?")) {
                st.setString(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) return false;
                    version = rs.getInt(1);
                    doc = rs.getString(2);
                }
            }
            try (PreparedStatement del = c.prepareStatement("DELETE FROM cases WHERE id = ?");
                 PreparedStatement rev = c.prepareStatement(Revisions.INSERT)) {
                del.setString(1, id);
                del.executeUpdate();
                // A deletion's snapshot is the case as it last stood, so history can show what was removed.
                Revisions.bind(rev, id, version + 1, seq + 1, author, now(), List.of(Revisions.DELETED), doc);
                rev.executeBatch();
            }
            Sequence.set(c, seq + 1);
            return true;
        });
    }

    @Override
    public long count() {
        return jdbc.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM cases"); ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Pages through the cases by id, so that no connection is held while the visitor runs (it may write). */
    @Override
    public void forEach(Consumer<Case> visitor) {
        String after = "";
        while (true) {
            List<Case> page = page(after);
            page.forEach(visitor);
            if (page.size() < PAGE) return;
            after = page.get(page.size() - 1).id();
        }
    }

    private List<Case> page(String after) {
        return jdbc.read(c -> {
            List<Case> page = new ArrayList<>(PAGE);
            try (PreparedStatement st = c.prepareStatement("SELECT doc FROM cases WHERE id > ? ORDER BY id")) {
                st.setString(1, after);
                st.setMaxRows(PAGE);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) page.add(CaseDocs.read(rs.getString(1)));
                }
            }
            return page;
        });
    }

    @Override
    public List<Revision> history(String id) {
        return jdbc.read(c -> Revisions.history(c, id));
    }

    @Override
    public List<Change> changesSince(long seq, int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be positive: " + limit);
        return jdbc.read(c -> Revisions.since(c, seq, limit));
    }

    @Override
    public long lastSeq() {
        return jdbc.read(Sequence::last);
    }

    @Override
    public void putNarrative(Narrative narrative) {
        Check.notNull(narrative, "narrative");
        jdbc.write(c -> KeyedDocs.upsert(c, "narratives", "id", narrative.id(), CaseJson.write(narrative), now()));
    }

    @Override
    public Optional<Narrative> narrative(String id) {
        return jdbc.read(c -> KeyedDocs.read(c, "SELECT doc FROM narratives WHERE id = ?", id, Narrative.class)).stream().findFirst();
    }

    @Override
    public List<Narrative> narratives() {
        return jdbc.read(c -> KeyedDocs.read(c, "SELECT doc FROM narratives ORDER BY id", null, Narrative.class));
    }

    @Override
    public void putOutlet(ClaimOutlet outlet) {
        Check.notNull(outlet, "outlet");
        jdbc.write(c -> KeyedDocs.upsert(c, "outlets", "name", outlet.name(), CaseJson.write(outlet), now()));
    }

    @Override
    public List<ClaimOutlet> outlets() {
        return jdbc.read(c -> KeyedDocs.read(c, "SELECT doc FROM outlets ORDER BY name", null, ClaimOutlet.class));
    }

    @Override
    public void close() {
        onClose.run();
    }

    // Milliseconds: what both databases' timestamps and the JSON documents keep exactly.
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
