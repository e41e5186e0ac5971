package org.menagerie.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.menagerie.alert.Alert;
import org.menagerie.alert.Level;
import org.menagerie.alert.Relation;
import org.menagerie.alert.Sighting;
import org.menagerie.alert.Stored;

/** Reading and writing the alert and sighting tables' rows, shared by the alert store and the desk's. */
final class AlertRows {
    /** The alert columns, prefixed {@code a.} so that queries may join. */
    static final String COLUMNS = "a.id, a.item_id, a.case_id, a.outlet, a.url, a.sentence, a.confidence, a.level, a.reasons, "
            + "a.raised, a.state, a.decided_by, a.decided_at, a.snoozed_until, a.story_id, a.language, a.country, a.seen, a.relation";
    static final String SIGHTING_COLUMNS = "alert_id, case_id, outlet, url, seen, language, sentence, confirmed_by, "
            + "confirmed_at, automatic";

    private AlertRows() {}

    static List<Stored> alerts(Connection c, String sql, List<Object> args) throws SQLException {
        List<Stored> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(sql)) {
            bind(q, args);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) out.add(alert(r));
            }
        }
        return out;
    }

    static Stored alert(ResultSet r) throws SQLException {
        Alert a = new Alert(r.getString(2), r.getString(4), r.getString(5), r.getString(6), r.getString(3),
                r.getDouble(7), Level.valueOf(r.getString(8)), r.getString(9), r.getTimestamp(10).toInstant(),
                Relation.valueOf(r.getString(19)));
        long story = r.getLong(15); // 0 when null
        return new Stored(r.getString(1), a, Stored.State.valueOf(r.getString(11)), r.getString(12), instant(r.getTimestamp(13)),
                instant(r.getTimestamp(14)), story, r.getString(16), r.getString(17), instant(r.getTimestamp(18)));
    }

    static List<Sighting> sightings(Connection c, String sql, List<Object> args) throws SQLException {
        List<Sighting> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(sql)) {
            bind(q, args);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    out.add(new Sighting(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getTimestamp(5).toInstant(), r.getString(6), r.getString(7), r.getString(8),
                            r.getTimestamp(9).toInstant(), r.getBoolean(10)));
                }
            }
        }
        return out;
    }

    static void insertSighting(Connection c, Sighting s) throws SQLException {
        try (PreparedStatement in = c.prepareStatement("INSERT INTO sighting (" + SIGHTING_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bind(in, java.util.Arrays.asList(s.alertId(), s.caseId(), cut(s.outlet(), 300), cut(s.url(), 2000), s.seen(),
                    s.language(), cut(s.sentence(), 2000), cut(s.confirmedBy(), 160), s.confirmedAt(), s.automatic()));
            in.executeUpdate();
        }
    }

    static void insertDecision(Connection c, String alertId, String action, String by, Instant at, String reason,
                               Instant until) throws SQLException {
        try (PreparedStatement in = c.prepareStatement("INSERT INTO alert_decision (alert_id, action, decided_by, decided_at, "
                + "reason, snooze_until, reverted) VALUES (?, ?, ?, ?, ?, ?, FALSE)")) {
            bind(in, java.util.Arrays.asList(alertId, action, cut(by, 160), at, cut(reason, 1000), until));
            in.executeUpdate();
        }
    }

    static void bind(PreparedStatement q, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object v = args.get(i);
            if (v instanceof Instant t) q.setTimestamp(i + 1, Timestamp.from(t));
            else if (v == null) q.setNull(i + 1, java.sql.Types.NULL);
            else q.setObject(i + 1, v);
        }
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
