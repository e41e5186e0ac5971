package org.menagerie.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.menagerie.catalog.Problem;
import org.menagerie.outlet.Outlet;
import org.menagerie.outlet.OutletStore;
import org.menagerie.outlet.Source;
import org.menagerie.outlet.SourceKind;

/** Outlets, their sources and the sources' problems in the SQL database. */
public final class JdbcOutletStore implements OutletStore {
    private static final String SOURCE_COLUMNS = "id, outlet_id, kind, url, interval_seconds, next_due, failures, "
            + "paused_reason, etag, last_modified, last_attempt, last_success, last_error, last_items, last_new_items";

    private final Jdbc jdbc;

    public JdbcOutletStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public void put(Outlet o) {
        jdbc.write(c -> {
            boolean exists = outletIn(c, o.id()).isPresent();
            String sql = exists
                    ? "UPDATE outlet SET name = ?, home_url = ?, domains = ?, country = ?, languages = ?, notes = ? WHERE id = ?"
                    : "INSERT INTO outlet (name, home_url, domains, country, languages, notes, id, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setString(1, o.name());
                st.setString(2, o.homeUrl());
                st.setString(3, String.join(" ", o.domains()));
                st.setString(4, o.country());
                st.setString(5, String.join(" ", o.languages()));
                st.setString(6, o.notes());
                st.setString(7, o.id());
                if (!exists) st.setObject(8, Jdbc.time(Instant.now()));
                return st.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Outlet> outlet(String id) {
        return jdbc.read(c -> outletIn(c, id));
    }

    private static Optional<Outlet> outletIn(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT * FROM outlet WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(outletRow(rs)) : Optional.empty();
            }
        }
    }

    @Override
    public List<Outlet> outlets() {
        return jdbc.read(c -> {
            List<Outlet> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT * FROM outlet ORDER BY name, id"); ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(outletRow(rs));
            }
            return out;
        });
    }

    @Override
    public boolean remove(String id) {
        return jdbc.write(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM source_problem WHERE source_id IN (SELECT id FROM source WHERE outlet_id = ?)");
                 PreparedStatement s = c.prepareStatement("DELETE FROM source WHERE outlet_id = ?");
                 PreparedStatement o = c.prepareStatement("DELETE FROM outlet WHERE id = ?")) {
                p.setString(1, id);
                p.executeUpdate();
                s.setString(1, id);
                s.executeUpdate();
                o.setString(1, id);
                return o.executeUpdate() > 0;
            }
        });
    }

    @Override
    public Source addSource(Source s) {
        return jdbc.write(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT " + SOURCE_COLUMNS + " FROM source WHERE url = ?")) {
                st.setString(1, s.url());
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) return sourceRow(rs);
                }
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO source (" + SOURCE_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bindSource(st, s);
                st.executeUpdate();
            }
            return s;
        });
    }

    @Override
    public void update(Source s) {
        jdbc.write(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE source SET id = ?, outlet_id = ?, kind = ?, url = ?, "
                    + "interval_seconds = ?, next_due = ?, failures = ?, paused_reason = ?, etag = ?, last_modified = ?, "
                    + "last_attempt = ?, last_success = ?, last_error = ?, last_items = ?, last_new_items = ? WHERE id = ?")) {
                bindSource(st, s);
                st.setString(16, s.id());
                return st.executeUpdate();
            }
        });
    }

    private static void bindSource(PreparedStatement st, Source s) throws SQLException {
        st.setString(1, s.id());
        st.setString(2, s.outletId());
        st.setString(3, s.kind().name());
        st.setString(4, s.url());
        st.setInt(5, (int) s.interval().toSeconds());
        st.setObject(6, Jdbc.time(s.nextDue()));
        st.setInt(7, s.failures());
        st.setString(8, cut(s.pausedReason()));
        st.setString(9, cut(s.etag()));
        st.setString(10, s.lastModified());
        st.setObject(11, s.lastAttempt() == null ? null : Jdbc.time(s.lastAttempt()));
        st.setObject(12, s.lastSuccess() == null ? null : Jdbc.time(s.lastSuccess()));
        st.setString(13, cut(s.lastError()));
        st.setInt(14, s.lastItems());
        st.setInt(15, s.lastNewItems());
    }

    @Override
    public List<Source> sources(String outletId) {
        return sourceQuery("SELECT " + SOURCE_COLUMNS + " FROM source WHERE outlet_id = ? ORDER BY id", outletId);
    }

    @Override
    public List<Source> due(Instant now) {
        return sourceQuery("SELECT " + SOURCE_COLUMNS + " FROM source WHERE paused_reason IS NULL AND kind <> 'EXPORT' "
                + "AND next_due <= ? ORDER BY next_due, id", Jdbc.time(now));
    }

    private List<Source> sourceQuery(String sql, Object arg) {
        return jdbc.read(c -> {
            List<Source> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setObject(1, arg);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) out.add(sourceRow(rs));
                }
            }
            return out;
        });
    }

    @Override
    public void problems(String sourceId, List<Problem> problems, Instant at, int keep) {
        if (problems.isEmpty()) return;
        jdbc.write(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO source_problem (source_id, at, position, reason) VALUES (?, ?, ?, ?)")) {
                for (Problem p : problems.subList(0, Math.min(problems.size(), keep))) {
                    st.setString(1, sourceId);
                    st.setObject(2, Jdbc.time(at));
                    st.setLong(3, p.line());
                    st.setString(4, cut(p.reason()));
                    st.addBatch();
                }
                st.executeBatch();
            }
            // Keep the newest: drop what is older than the keep-th newest.
            try (PreparedStatement st = c.prepareStatement("SELECT at FROM source_problem WHERE source_id = ? ORDER BY at DESC LIMIT 1 OFFSET ?")) {
                st.setString(1, sourceId);
                st.setInt(2, keep);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        try (PreparedStatement d = c.prepareStatement("DELETE FROM source_problem WHERE source_id = ? AND at <= ?")) {
                            d.setString(1, sourceId);
                            d.setObject(2, rs.getObject(1));
                            d.executeUpdate();
                        }
                    }
                }
            }
            return null;
        });
    }

    @Override
    public List<Problem> problems(String sourceId, int limit) {
        return jdbc.read(c -> {
            List<Problem> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT position, reason FROM source_problem WHERE source_id = ? "
                    + "ORDER BY at DESC, position LIMIT ?")) {
                st.setString(1, sourceId);
                st.setInt(2, limit);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) out.add(new Problem(sourceId, rs.getLong(1), rs.getString(2)));
                }
            }
            return out;
        });
    }

    private static Outlet outletRow(ResultSet rs) throws SQLException {
        return new Outlet(rs.getString("id"), rs.getString("name"), rs.getString("home_url"), words(rs.getString("domains")),
                rs.getString("country"), words(rs.getString("languages")), rs.getString("notes"));
    }

    private static Source sourceRow(ResultSet rs) throws SQLException {
        Object attempt = rs.getObject("last_attempt");
        Object success = rs.getObject("last_success");
        return new Source(rs.getString("id"), rs.getString("outlet_id"), SourceKind.valueOf(rs.getString("kind")),
                rs.getString("url"), Duration.ofSeconds(rs.getInt("interval_seconds")), Jdbc.instant(rs.getObject("next_due")),
                rs.getInt("failures"), rs.getString("paused_reason"), rs.getString("etag"), rs.getString("last_modified"),
                attempt == null ? null : Jdbc.instant(attempt), success == null ? null : Jdbc.instant(success),
                rs.getString("last_error"), rs.getInt("last_items"), rs.getInt("last_new_items"));
    }

    private static List<String> words(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.strip().split("\\s+"));
    }

    private static String cut(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
    }
}
