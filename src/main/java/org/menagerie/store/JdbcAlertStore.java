package org.menagerie.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.menagerie.alert.Alert;
import org.menagerie.alert.AlertStore;
import org.menagerie.alert.Sighting;
import org.menagerie.alert.Stored;
import org.menagerie.catalog.Check;

/**
 * Alerts and sightings in the workspace database. An alert on a monitored article ({@code article:ID}) is stored with
 * the article's story, language, date and outlet country, which the desk filters and groups by; an alert that links
 * its case by itself is stored confirmed, with its decision and sighting, in one transaction.
 */
public final class JdbcAlertStore implements AlertStore {
    private static final String PREFIX = "article:";
    private final Jdbc jdbc;

    public JdbcAlertStore(DataSource dataSource) {
        this.jdbc = new Jdbc(Check.notNull(dataSource, "dataSource"));
    }

    /** The id an alert on this item and case has. */
    public static String idOf(String itemId, String caseId) {
        return AlertStore.idOf(itemId, caseId);
    }

    @Override
    public boolean record(Alert a) {
        try {
            return insert(a);
        } catch (StoreException e) {
            if (Jdbc.duplicateKey(e)) return false;
            throw e;
        }
    }

    private boolean insert(Alert a) {
        String id = idOf(a.itemId(), a.caseId());
        return jdbc.write(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM alert WHERE id = ?")) {
                q.setString(1, id);
                try (ResultSet r = q.executeQuery()) {
                    if (r.next()) return false;
                }
            }
            Stored s = withArticle(c, id, a);
            boolean automatic = AlertStore.automatic(a);
            Stored.State state = automatic ? Stored.State.CONFIRMED : Stored.State.OPEN;
            try (PreparedStatement in = c.prepareStatement("INSERT INTO alert (id, item_id, case_id, outlet, url, sentence, "
                    + "confidence, level, reasons, raised, state, decided_by, decided_at, story_id, language, country, seen, relation) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                AlertRows.bind(in, Arrays.asList(id, a.itemId(), a.caseId(), AlertRows.cut(a.outlet(), 300),
                        AlertRows.cut(a.url(), 2000), AlertRows.cut(a.sentence(), 2000), a.confidence(), a.level().name(),
                        AlertRows.cut(a.reasons(), 1000), a.raised(), state.name(), automatic ? AUTOMATIC : null,
                        automatic ? a.raised() : null, s.story() == 0 ? null : s.story(), s.language(), s.country(), s.seen(),
                        a.relation().name()));
                in.executeUpdate();
            }
            if (automatic) {
                AlertRows.insertDecision(c, id, "CONFIRM", AUTOMATIC, a.raised(), null, null);
                AlertRows.insertSighting(c, Sighting.of(s, AUTOMATIC, a.raised(), true));
            }
            return true;
        });
    }

    /** The alert with what its article tells: story, language, date, and its outlet's country. */
    private static Stored withArticle(Connection c, String id, Alert a) throws SQLException {
        long article = articleId(a.itemId());
        if (article <= 0) return new Stored(id, a, Stored.State.OPEN, null, null);
        try (PreparedStatement q = c.prepareStatement("SELECT ar.story_id, ar.language, ar.published, ar.fetched, "
                + "(SELECT MIN(o.country) FROM outlet o WHERE o.id = ar.outlet OR o.name = ar.outlet) FROM article ar WHERE ar.id = ?")) {
            q.setLong(1, article);
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) return new Stored(id, a, Stored.State.OPEN, null, null);
                Object published = r.getObject(3);
                Instant seen = Jdbc.instant(published != null ? published : r.getObject(4));
                return new Stored(id, a, Stored.State.OPEN, null, null, null, r.getLong(1), r.getString(2), r.getString(5), seen);
            }
        }
    }

    private static long articleId(String itemId) {
        if (!itemId.startsWith(PREFIX)) return 0;
        try {
            return Long.parseLong(itemId.substring(PREFIX.length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public Optional<Stored> get(String id) {
        return jdbc.read(c -> AlertRows.alerts(c, "SELECT " + AlertRows.COLUMNS + " FROM alert a WHERE a.id = ?", List.of(id))
                .stream().findFirst());
    }

    @Override
    public List<Stored> newest(int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be positive: " + limit);
        return jdbc.read(c -> AlertRows.alerts(c, "SELECT " + AlertRows.COLUMNS + " FROM alert a ORDER BY a.raised DESC, a.id "
                + "FETCH FIRST " + limit + " ROWS ONLY", List.of()));
    }

    @Override
    public int count() {
        return jdbc.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM alert"); ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        });
    }
}
