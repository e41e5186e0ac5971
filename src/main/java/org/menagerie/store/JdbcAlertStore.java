package org.menagerie.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.menagerie.alert.Alert;
import org.menagerie.alert.Level;
import org.menagerie.alert.Relation;
import org.menagerie.alert.Sighting;
import org.menagerie.alert.Stored;
import org.menagerie.catalog.Check;

/**
 * Alerts and sightings in the workspace database. An alert's id is derived from its item and case, so recording the
 * same alert twice (a re-run, a worker restarted mid-stream) keeps one row; confirming one adds a sighting.
 */
public final class JdbcAlertStore {
    private static final String COLUMNS = "id, item_id, case_id, outlet, url, sentence, confidence, level, reasons, raised, "
            + "state, decided_by, decided_at, relation";
    private final Jdbc jdbc;

    public JdbcAlertStore(DataSource dataSource) {
        this.jdbc = new Jdbc(Check.notNull(dataSource, "dataSource"));
    }

    /** The id an alert on this item and case has. */
    public static String idOf(String itemId, String caseId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((itemId + "\n" + caseId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Records an alert; false when one on the same item and case was already recorded (it is left alone), also when
     * another worker recorded it at the same moment (the unique key decides).
     */
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
            try (PreparedStatement in = c.prepareStatement("INSERT INTO alert (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                in.setString(1, id);
                in.setString(2, a.itemId());
                in.setString(3, a.caseId());
                in.setString(4, cut(a.outlet(), 300));
                in.setString(5, cut(a.url(), 2000));
                in.setString(6, cut(a.sentence(), 2000));
                in.setDouble(7, a.confidence());
                in.setString(8, a.level().name());
                in.setString(9, cut(a.reasons(), 1000));
                in.setTimestamp(10, Timestamp.from(a.raised()));
                in.setString(11, Stored.State.OPEN.name());
                in.setString(12, null);
                in.setTimestamp(13, null);
                in.setString(14, a.relation().name());
                in.executeUpdate();
            }
            return true;
        });
    }

    public Optional<Stored> get(String id) {
        return jdbc.read(c -> {
            List<Stored> found = query(c, "SELECT " + COLUMNS + " FROM alert WHERE id = ?", id);
            return found.stream().findFirst();
        });
    }

    /** The newest alerts first, at most {@code limit}. */
    public List<Stored> newest(int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be positive: " + limit);
        return jdbc.read(c -> query(c, "SELECT " + COLUMNS + " FROM alert ORDER BY raised DESC, id FETCH FIRST " + limit + " ROWS ONLY"));
    }

    /** Dismisses or snoozes an open alert; the decision is kept with who and when. */
    public void decide(String id, Stored.State state, String who, Instant at) {
        if (state == Stored.State.CONFIRMED) throw new IllegalArgumentException("confirm with confirm(), which records the sighting");
        update(id, state, who, at);
    }

    /** Confirms an alert: it becomes a sighting of its case. A discussed link is never one: dismiss it or leave it. */
    public Sighting confirm(String id, String language, String who, Instant at) {
        Stored s = get(id).orElseThrow(() -> new IllegalArgumentException("no alert " + id));
        Alert a = s.alert();
        if (!a.sighting()) throw new IllegalArgumentException("alert " + id + " discusses its case: it cannot be a sighting");
        Sighting sighting = new Sighting(id, a.caseId(), a.outlet(), a.url(), a.raised(), language, a.sentence(), who, at);
        jdbc.write(c -> {
            setState(c, id, Stored.State.CONFIRMED, who, at);
            try (PreparedStatement in = c.prepareStatement("INSERT INTO sighting (alert_id, case_id, outlet, url, seen, language, "
                    + "sentence, confirmed_by, confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                in.setString(1, id);
                in.setString(2, a.caseId());
                in.setString(3, cut(a.outlet(), 300));
                in.setString(4, cut(a.url(), 2000));
                in.setTimestamp(5, Timestamp.from(a.raised()));
                in.setString(6, language);
                in.setString(7, cut(a.sentence(), 2000));
                in.setString(8, who);
                in.setTimestamp(9, Timestamp.from(at));
                in.executeUpdate();
            }
            return null;
        });
        return sighting;
    }

    /** A case's sightings, in the order they were seen. */
    public List<Sighting> sightings(String caseId) {
        return jdbc.read(c -> {
            List<Sighting> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT alert_id, case_id, outlet, url, seen, language, sentence, "
                    + "confirmed_by, confirmed_at FROM sighting WHERE case_id = ? ORDER BY seen, alert_id")) {
                q.setString(1, caseId);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        out.add(new Sighting(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getTimestamp(5).toInstant(), r.getString(6), r.getString(7), r.getString(8),
                                r.getTimestamp(9).toInstant()));
                    }
                }
            }
            return out;
        });
    }

    public int count() {
        return jdbc.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM alert"); ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        });
    }

    private void update(String id, Stored.State state, String who, Instant at) {
        jdbc.write(c -> {
            setState(c, id, state, who, at);
            return null;
        });
    }

    private static void setState(Connection c, String id, Stored.State state, String who, Instant at) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE alert SET state = ?, decided_by = ?, decided_at = ? WHERE id = ? AND state <> 'CONFIRMED'")) {
            up.setString(1, state.name());
            up.setString(2, Check.notBlank(who, "who"));
            up.setTimestamp(3, Timestamp.from(Check.notNull(at, "at")));
            up.setString(4, id);
            if (up.executeUpdate() == 0) throw new IllegalArgumentException("no open alert " + id);
        }
    }

    private static List<Stored> query(Connection c, String sql, String... args) throws SQLException {
        List<Stored> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) q.setString(i + 1, args[i]);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    Alert a = new Alert(r.getString(2), r.getString(4), r.getString(5), r.getString(6), r.getString(3),
                            r.getDouble(7), Level.valueOf(r.getString(8)), r.getString(9), r.getTimestamp(10).toInstant(),
                            Relation.valueOf(r.getString(14)));
                    Timestamp decided = r.getTimestamp(13);
                    out.add(new Stored(r.getString(1), a, Stored.State.valueOf(r.getString(11)), r.getString(12),
                            decided == null ? null : decided.toInstant()));
                }
            }
        }
        return out;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
