package org.menagerie.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.menagerie.catalog.Check;
import org.menagerie.trend.Event;
import org.menagerie.trend.Events;

/**
 * Trends' read side over the alert, sighting and article tables. Alerts and sightings are counted when their article
 * was published (an alert of no article, when it was raised), each with its article's language.
 */
public final class JdbcEvents implements Events {
    private final Jdbc jdbc;

    public JdbcEvents(DataSource dataSource) {
        this.jdbc = new Jdbc(Check.notNull(dataSource, "dataSource"));
    }

    @Override
    public List<Event> since(Instant from, String outlet) {
        Check.notNull(from, "from");
        String byOutlet = outlet == null ? "" : " AND a.outlet = ?";
        return jdbc.read(c -> {
            List<Event> out = new ArrayList<>();
            read(c, "SELECT a.case_id, a.outlet, a.language, COALESCE(a.seen, a.raised) FROM alert a "
                    + "WHERE COALESCE(a.seen, a.raised) >= ?" + byOutlet + " ORDER BY 4", from, outlet, Event.Kind.ALERT, out);
            read(c, "SELECT a.case_id, a.outlet, a.language, a.seen FROM sighting a WHERE a.seen >= ?" + byOutlet
                    + " ORDER BY a.seen", from, outlet, Event.Kind.SIGHTING, out);
            return out;
        });
    }

    private static void read(Connection c, String sql, Instant from, String outlet, Event.Kind kind, List<Event> out)
            throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setTimestamp(1, Timestamp.from(from));
            if (outlet != null) q.setString(2, outlet);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    String language = r.getString(3);
                    out.add(new Event(kind, r.getString(1), r.getString(2),
                            language != null && language.matches("[a-z]{2}") ? language : null, r.getTimestamp(4).toInstant()));
                }
            }
        }
    }

    @Override
    public Map<String, Reach> reach() {
        return jdbc.read(c -> {
            Map<String, Reach> out = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT outlet, COUNT(*), MIN(fetched), MAX(fetched) FROM article GROUP BY outlet");
                 ResultSet r = q.executeQuery()) {
                while (r.next()) out.put(r.getString(1), new Reach(r.getLong(2), Jdbc.instant(r.getObject(3)), Jdbc.instant(r.getObject(4))));
            }
            return out;
        });
    }
}
