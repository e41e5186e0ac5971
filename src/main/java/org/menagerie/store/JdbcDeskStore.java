package org.menagerie.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.menagerie.alert.Level;
import org.menagerie.alert.Sighting;
import org.menagerie.alert.Stored;
import org.menagerie.catalog.Check;
import org.menagerie.desk.Action;
import org.menagerie.desk.AlertQuery;
import org.menagerie.desk.CaseSightings;
import org.menagerie.desk.Decision;
import org.menagerie.desk.DeskException;
import org.menagerie.desk.DeskStore;
import org.menagerie.desk.Group;
import org.menagerie.desk.Inbox;

/**
 * The desk's alert tables in the workspace database. A decision, its row and its effect on the alert and its sighting
 * are one transaction, the alert's row locked, so two analysts deciding at once leave one consistent outcome.
 */
public final class JdbcDeskStore implements DeskStore {
    private static final String OPEN = "(a.state = 'OPEN' OR (a.state = 'SNOOZED' AND a.snoozed_until <= ?))";
    private final Jdbc jdbc;

    public JdbcDeskStore(DataSource dataSource) {
        this.jdbc = new Jdbc(Check.notNull(dataSource, "dataSource"));
    }

    @Override
    public Inbox list(AlertQuery q, Set<String> cases, Instant now) {
        return jdbc.read(c -> {
            Where all = Where.of(q, cases, now, true, true);
            long total = count(c, all);
            List<Stored> page = AlertRows.alerts(c, "SELECT " + AlertRows.COLUMNS + " FROM alert a" + all.sql()
                    + " ORDER BY a.raised DESC, a.id OFFSET " + q.offset() + " ROWS FETCH FIRST " + q.limit() + " ROWS ONLY", all.args());
            Map<Stored.State, Long> states = new EnumMap<>(Stored.State.class);
            for (Stored.State s : Stored.State.values()) states.put(s, 0L);
            Where anyState = Where.of(q, cases, now, false, true);
            for (Object[] row : grouped(c, "a.state", anyState)) states.merge(Stored.State.valueOf((String) row[0]), (Long) row[1], Long::sum);
            Where expired = anyState.and("a.state = 'SNOOZED' AND a.snoozed_until <= ?", now);
            long woke = count(c, expired);
            states.merge(Stored.State.SNOOZED, -woke, Long::sum);
            states.merge(Stored.State.OPEN, woke, Long::sum);
            Map<Level, Long> levels = new EnumMap<>(Level.class);
            levels.put(Level.SUGGESTED, 0L);
            levels.put(Level.MATCHED, 0L);
            for (Object[] row : grouped(c, "a.level", Where.of(q, cases, now, true, false))) levels.put(Level.valueOf((String) row[0]), (Long) row[1]);
            return new Inbox(total, page, states, levels);
        });
    }

    @Override
    public List<Group> groups(AlertQuery q, Set<String> cases, Group.By by, Instant now) {
        String key = by == Group.By.CASE ? "a.case_id" : "a.story_id";
        Where w = Where.of(q, cases, now, true, true);
        if (by == Group.By.STORY) w = w.and("a.story_id IS NOT NULL");
        List<Object> args = new ArrayList<>();
        args.add(now);
        args.addAll(w.args());
        String sql = "SELECT " + key + ", COUNT(*), SUM(CASE WHEN " + OPEN + " THEN 1 ELSE 0 END), MAX(a.raised) FROM alert a"
                + w.sql() + " GROUP BY " + key + " ORDER BY MAX(a.raised) DESC, " + key + " FETCH FIRST " + q.limit() + " ROWS ONLY";
        return jdbc.read(c -> {
            List<Group> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(sql)) {
                AlertRows.bind(st, args);
                try (ResultSet r = st.executeQuery()) {
                    while (r.next()) out.add(new Group(r.getString(1), r.getLong(2), r.getLong(3), r.getTimestamp(4).toInstant()));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<Stored> get(String id) {
        return jdbc.read(c -> one(c, id, false));
    }

    @Override
    public List<Decision> decisions(String alertId) {
        return jdbc.read(c -> decisions(c, alertId, false));
    }

    @Override
    public Optional<Sighting> sighting(String alertId) {
        return jdbc.read(c -> AlertRows.sightings(c, "SELECT " + AlertRows.SIGHTING_COLUMNS + " FROM sighting WHERE alert_id = ?",
                List.of(alertId)).stream().findFirst());
    }

    @Override
    public Stored decide(String alertId, Action action, String by, Instant at, String reason, Instant until) {
        Check.notNull(action, "action");
        Check.notBlank(by, "by");
        Check.notNull(at, "at");
        if (action == Action.SNOOZE && (until == null || !until.isAfter(at))) {
            throw new IllegalArgumentException("a snooze needs an until after now");
        }
        return jdbc.write(c -> {
            Stored s = one(c, alertId, true).orElseThrow(() -> new DeskException(DeskException.Kind.NOT_FOUND, "no alert " + alertId));
            Stored.State now = s.stateAt(at);
            Stored.State next;
            Instant snoozed = null;
            switch (action) {
                case CONFIRM -> {
                    if (now == Stored.State.CONFIRMED) throw conflict(alertId, "is confirmed already");
                    if (!s.alert().sighting()) throw conflict(alertId, "discusses its case: it cannot be a sighting");
                    AlertRows.insertSighting(c, Sighting.of(s, by, at, false));
                    next = Stored.State.CONFIRMED;
                }
                case DISMISS -> {
                    if (now == Stored.State.CONFIRMED) throw conflict(alertId, "is confirmed: undo the confirmation first");
                    if (now == Stored.State.DISMISSED) throw conflict(alertId, "is dismissed already");
                    next = Stored.State.DISMISSED;
                }
                case SNOOZE -> {
                    if (now == Stored.State.CONFIRMED || now == Stored.State.DISMISSED) throw conflict(alertId, "is " + now.name().toLowerCase() + ": only open alerts are snoozed");
                    next = Stored.State.SNOOZED;
                    snoozed = until;
                }
                default -> {
                    List<Decision> inForce = decisions(c, alertId, true);
                    if (inForce.isEmpty()) throw conflict(alertId, "has no decision to undo");
                    Decision last = inForce.get(inForce.size() - 1);
                    try (PreparedStatement up = c.prepareStatement("UPDATE alert_decision SET reverted = TRUE WHERE id = ?")) {
                        up.setLong(1, last.id());
                        up.executeUpdate();
                    }
                    if (last.action() == Action.CONFIRM) {
                        try (PreparedStatement del = c.prepareStatement("DELETE FROM sighting WHERE alert_id = ?")) {
                            del.setString(1, alertId);
                            del.executeUpdate();
                        }
                    }
                    Decision before = inForce.size() > 1 ? inForce.get(inForce.size() - 2) : null;
                    next = before == null ? Stored.State.OPEN : switch (before.action()) {
                        case CONFIRM -> Stored.State.CONFIRMED;
                        case DISMISS -> Stored.State.DISMISSED;
                        default -> Stored.State.SNOOZED;
                    };
                    if (next == Stored.State.SNOOZED) snoozed = before.until();
                }
            }
            AlertRows.insertDecision(c, alertId, action.name(), by, at, action == Action.DISMISS || action == Action.UNDO ? reason : null,
                    action == Action.SNOOZE ? until : null);
            try (PreparedStatement up = c.prepareStatement("UPDATE alert SET state = ?, decided_by = ?, decided_at = ?, "
                    + "snoozed_until = ? WHERE id = ?")) {
                AlertRows.bind(up, Arrays.asList(next.name(), AlertRows.cut(by, 160), at, snoozed, alertId));
                up.executeUpdate();
            }
            return one(c, alertId, false).orElseThrow();
        });
    }

    @Override
    public List<Sighting> sightings(String caseId) {
        return jdbc.read(c -> AlertRows.sightings(c, "SELECT " + AlertRows.SIGHTING_COLUMNS + " FROM sighting WHERE case_id = ? "
                + "ORDER BY seen, alert_id", List.of(caseId)));
    }

    @Override
    public Set<String> alertedCases() {
        return jdbc.read(c -> {
            Set<String> out = new java.util.HashSet<>();
            try (PreparedStatement st = c.prepareStatement("SELECT DISTINCT case_id FROM alert"); ResultSet r = st.executeQuery()) {
                while (r.next()) out.add(r.getString(1));
            }
            return out;
        });
    }

    @Override
    public List<Sighting> recentSightings(String outlet, int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be positive: " + limit);
        return jdbc.read(c -> AlertRows.sightings(c, "SELECT " + AlertRows.SIGHTING_COLUMNS + " FROM sighting"
                + (outlet == null ? "" : " WHERE outlet = ?") + " ORDER BY seen DESC, alert_id FETCH FIRST " + limit + " ROWS ONLY",
                outlet == null ? List.of() : List.of(outlet)));
    }

    @Override
    public List<CaseSightings> sightedCases(int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be positive: " + limit);
        return jdbc.read(c -> {
            List<CaseSightings> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT case_id, COUNT(*), MAX(seen) FROM sighting GROUP BY case_id "
                    + "ORDER BY MAX(seen) DESC, case_id FETCH FIRST " + limit + " ROWS ONLY"); ResultSet r = st.executeQuery()) {
                while (r.next()) out.add(new CaseSightings(r.getString(1), r.getLong(2), r.getTimestamp(3).toInstant()));
            }
            return out;
        });
    }

    private static DeskException conflict(String id, String why) {
        return new DeskException(DeskException.Kind.CONFLICT, "alert " + id + " " + why);
    }

    private static Optional<Stored> one(Connection c, String id, boolean lock) throws SQLException {
        return AlertRows.alerts(c, "SELECT " + AlertRows.COLUMNS + " FROM alert a WHERE a.id = ?" + (lock ? " FOR UPDATE" : ""),
                List.of(id)).stream().findFirst();
    }

    /** The alert's decisions, oldest first; only those in force (not undos, not reverted) when {@code inForce}. */
    private static List<Decision> decisions(Connection c, String alertId, boolean inForce) throws SQLException {
        List<Decision> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, action, decided_by, decided_at, reason, snooze_until, reverted "
                + "FROM alert_decision WHERE alert_id = ?" + (inForce ? " AND reverted = FALSE AND action <> 'UNDO'" : "") + " ORDER BY id")) {
            st.setString(1, alertId);
            try (ResultSet r = st.executeQuery()) {
                while (r.next()) {
                    out.add(new Decision(r.getLong(1), alertId, Action.valueOf(r.getString(2)), r.getString(3),
                            r.getTimestamp(4).toInstant(), r.getString(5), AlertRows.instant(r.getTimestamp(6)), r.getBoolean(7)));
                }
            }
        }
        return out;
    }

    private static long count(Connection c, Where w) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM alert a" + w.sql())) {
            AlertRows.bind(st, w.args());
            try (ResultSet r = st.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static List<Object[]> grouped(Connection c, String column, Where w) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT " + column + ", COUNT(*) FROM alert a" + w.sql() + " GROUP BY " + column)) {
            AlertRows.bind(st, w.args());
            try (ResultSet r = st.executeQuery()) {
                while (r.next()) out.add(new Object[] {r.getString(1), r.getLong(2)});
            }
        }
        return out;
    }

    /** A WHERE clause and its arguments, in order. */
    private record Where(String sql, List<Object> args) {
        static Where of(AlertQuery q, Set<String> cases, Instant now, boolean withState, boolean withLevel) {
            List<String> terms = new ArrayList<>();
            List<Object> args = new ArrayList<>();
            if (withLevel && q.level() != null) add(terms, args, "a.level = ?", q.level().name());
            if (withState && q.state() != null) {
                switch (q.state()) {
                    case OPEN -> add(terms, args, OPEN, now);
                    case SNOOZED -> add(terms, args, "(a.state = 'SNOOZED' AND a.snoozed_until > ?)", now);
                    default -> add(terms, args, "a.state = ?", q.state().name());
                }
            }
            if (q.outlet() != null) add(terms, args, "a.outlet = ?", q.outlet());
            if (q.country() != null) add(terms, args, "LOWER(a.country) = LOWER(?)", q.country());
            if (q.language() != null) add(terms, args, "a.language = ?", q.language());
            if (q.from() != null) add(terms, args, "a.raised >= ?", q.from());
            if (q.to() != null) add(terms, args, "a.raised < ?", q.to());
            if (q.caseId() != null) add(terms, args, "a.case_id = ?", q.caseId());
            if (q.itemId() != null) add(terms, args, "a.item_id = ?", q.itemId());
            if (q.story() > 0) add(terms, args, "a.story_id = ?", q.story());
            if (cases != null) {
                if (cases.isEmpty()) terms.add("1 = 0");
                else {
                    terms.add("a.case_id IN (" + String.join(", ", java.util.Collections.nCopies(cases.size(), "?")) + ")");
                    args.addAll(cases.stream().sorted().toList());
                }
            }
            return new Where(terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms), args);
        }

        Where and(String term, Object... more) {
            List<Object> all = new ArrayList<>(args);
            all.addAll(Arrays.asList(more));
            return new Where(sql.isEmpty() ? " WHERE " + term : sql + " AND " + term, all);
        }

        private static void add(List<String> terms, List<Object> args, String term, Object arg) {
            terms.add(term);
            args.add(arg);
        }
    }
}
