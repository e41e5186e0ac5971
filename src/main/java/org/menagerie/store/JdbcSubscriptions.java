package org.menagerie.store;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.menagerie.catalog.Check;
import org.menagerie.delivery.Frequency;
import org.menagerie.delivery.Subscriptions;
import org.menagerie.delivery.Webhooks;
import org.menagerie.standing.StandingQuery;

/** Accounts' notification settings in the workspace database ({@code V9__user_settings.sql}). */
public final class JdbcSubscriptions implements Subscriptions {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Jdbc jdbc;

    public JdbcSubscriptions(DataSource dataSource) {
        this.jdbc = new Jdbc(Check.notNull(dataSource, "dataSource"));
    }

    @Override
    public Settings settings(String user) {
        return jdbc.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT frequency, email FROM user_settings WHERE account_name = ?")) {
                st.setString(1, user);
                try (ResultSet r = st.executeQuery()) {
                    return r.next() ? new Settings(user, Frequency.valueOf(r.getString(1)), r.getString(2))
                            : new Settings(user, Frequency.INSTANT, null);
                }
            }
        });
    }

    @Override
    public void put(Settings s) {
        jdbc.write(c -> {
            ensureRow(c, s.user());
            try (PreparedStatement st = c.prepareStatement("UPDATE user_settings SET frequency = ?, email = ?, updated = ? WHERE account_name = ?")) {
                AlertRows.bind(st, Arrays.asList(s.frequency().name(), s.email(), Jdbc.time(Instant.now()), s.user()));
                return st.executeUpdate();
            }
        });
    }

    private static void ensureRow(Connection c, String user) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO user_settings (account_name, frequency, updated) "
                + "SELECT name, 'INSTANT', ? FROM account WHERE name = ? AND NOT EXISTS (SELECT 1 FROM user_settings "
                + "WHERE account_name = ?)")) {
            st.setObject(1, Jdbc.time(Instant.now()));
            st.setString(2, user);
            st.setString(3, user);
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM user_settings WHERE account_name = ?")) {
            st.setString(1, user);
            try (ResultSet r = st.executeQuery()) {
                if (!r.next()) throw new IllegalArgumentException("no account " + user);
            }
        }
    }

    @Override
    public List<StandingQuery> queries(String user) {
        return jdbc.read(c -> queries(c, " WHERE owner = ?", user));
    }

    @Override
    public List<StandingQuery> allQueries() {
        return jdbc.read(c -> queries(c, "", null));
    }

    private static List<StandingQuery> queries(Connection c, String where, String user) throws SQLException {
        List<StandingQuery> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, owner, kind, target, languages, outlets FROM standing_query"
                + where + " ORDER BY owner, id")) {
            if (user != null) st.setString(1, user);
            try (ResultSet r = st.executeQuery()) {
                while (r.next()) {
                    out.add(new StandingQuery(r.getString(1), r.getString(2), StandingQuery.Kind.valueOf(r.getString(3)),
                            r.getString(4), split(r.getString(5)), split(r.getString(6))));
                }
            }
        }
        return out;
    }

    @Override
    public void putQuery(StandingQuery q) {
        jdbc.write(c -> {
            delete(c, "DELETE FROM standing_query WHERE owner = ? AND id = ?", q.owner(), q.id());
            try (PreparedStatement st = c.prepareStatement("INSERT INTO standing_query (owner, id, kind, target, languages, outlets) "
                    + "VALUES (?, ?, ?, ?, ?, ?)")) {
                AlertRows.bind(st, Arrays.asList(q.owner(), q.id(), q.kind().name(), AlertRows.cut(q.target(), 2000),
                        String.join(",", q.languages()), AlertRows.cut(String.join(",", q.outlets()), 2000)));
                return st.executeUpdate();
            }
        });
    }

    @Override
    public boolean removeQuery(String user, String id) {
        return jdbc.write(c -> delete(c, "DELETE FROM standing_query WHERE owner = ? AND id = ?", user, id)) > 0;
    }

    @Override
    public List<Webhooks.Endpoint> endpoints(String user) {
        return jdbc.read(c -> {
            List<Webhooks.Endpoint> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT owner, url, secret FROM webhook_endpoint WHERE owner = ? ORDER BY created, url")) {
                st.setString(1, user);
                try (ResultSet r = st.executeQuery()) {
                    while (r.next()) out.add(new Webhooks.Endpoint(r.getString(1), r.getString(2), r.getString(3)));
                }
            }
            return out;
        });
    }

    @Override
    public void putEndpoint(Webhooks.Endpoint e) {
        jdbc.write(c -> {
            delete(c, "DELETE FROM webhook_endpoint WHERE owner = ? AND url = ?", e.user(), e.url());
            try (PreparedStatement st = c.prepareStatement("INSERT INTO webhook_endpoint (owner, url, secret, created) VALUES (?, ?, ?, ?)")) {
                AlertRows.bind(st, Arrays.asList(e.user(), e.url(), e.secret(), Jdbc.time(Instant.now())));
                return st.executeUpdate();
            }
        });
    }

    @Override
    public boolean removeEndpoint(String user, String url) {
        return jdbc.write(c -> delete(c, "DELETE FROM webhook_endpoint WHERE owner = ? AND url = ?", user, url)) > 0;
    }

    @Override
    public String newFeedToken(String user) {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        jdbc.write(c -> {
            ensureRow(c, user);
            try (PreparedStatement st = c.prepareStatement("UPDATE user_settings SET feed_token_hash = ? WHERE account_name = ?")) {
                st.setString(1, JdbcAccounts.sha256(token));
                st.setString(2, user);
                return st.executeUpdate();
            }
        });
        return token;
    }

    @Override
    public Optional<String> feedOwner(String token) {
        if (token == null || token.isBlank() || token.length() > 100) return Optional.empty();
        return jdbc.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT account_name FROM user_settings WHERE feed_token_hash = ?")) {
                st.setString(1, JdbcAccounts.sha256(token));
                try (ResultSet r = st.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
                }
            }
        });
    }

    private static int delete(Connection c, String sql, String a, String b) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, a);
            st.setString(2, b);
            return st.executeUpdate();
        }
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : List.of(s.split(","));
    }
}
