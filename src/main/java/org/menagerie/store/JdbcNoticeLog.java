package org.menagerie.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.menagerie.catalog.Check;
import org.menagerie.delivery.NoticeLog;
import org.menagerie.delivery.Webhooks;

/** The delivery loop's state in the workspace database ({@code V10__notices.sql}, {@code V11__dead_letters.sql}). */
public final class JdbcNoticeLog implements NoticeLog {
    private final Jdbc jdbc;

    public JdbcNoticeLog(DataSource dataSource) {
        this.jdbc = new Jdbc(Check.notNull(dataSource, "dataSource"));
    }

    @Override
    public boolean pend(String user, String alertId, String queryId, Instant at) {
        try {
            return jdbc.write(c -> {
                try (PreparedStatement st = c.prepareStatement("INSERT INTO notice_pending (account_name, alert_id, query_id, added) "
                        + "SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM notice_pending WHERE account_name = ? AND alert_id = ?) "
                        + "AND NOT EXISTS (SELECT 1 FROM notified WHERE account_name = ? AND alert_id = ?)")) {
                    AlertRows.bind(st, Arrays.asList(user, alertId, queryId, Jdbc.time(at), user, alertId, user, alertId));
                    return st.executeUpdate() == 1;
                }
            });
        } catch (StoreException e) {
            if (Jdbc.duplicateKey(e)) return false;
            throw e;
        }
    }

    @Override
    public List<Pending> pending() {
        return jdbc.read(c -> rows(c, "SELECT account_name, alert_id, query_id, added FROM notice_pending ORDER BY added, account_name, alert_id", List.of()));
    }

    @Override
    public boolean wasSent(String deliveryId) {
        return jdbc.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM notice_sent WHERE delivery_id = ?")) {
                st.setString(1, deliveryId);
                try (ResultSet r = st.executeQuery()) {
                    return r.next();
                }
            }
        });
    }

    @Override
    public void sent(String deliveryId, String user, List<String> alertIds, Instant at) {
        jdbc.write(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO notice_sent (delivery_id, account_name, alerts, sent) "
                    + "SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM notice_sent WHERE delivery_id = ?)")) {
                AlertRows.bind(st, Arrays.asList(deliveryId, user, alertIds.size(), Jdbc.time(at), deliveryId));
                st.executeUpdate();
            }
            for (String alert : alertIds) {
                try (PreparedStatement st = c.prepareStatement("DELETE FROM notice_pending WHERE account_name = ? AND alert_id = ?")) {
                    st.setString(1, user);
                    st.setString(2, alert);
                    st.executeUpdate();
                }
                try (PreparedStatement st = c.prepareStatement("INSERT INTO notified (account_name, alert_id, delivery_id, sent) "
                        + "SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM notified WHERE account_name = ? AND alert_id = ?)")) {
                    AlertRows.bind(st, Arrays.asList(user, alert, deliveryId, Jdbc.time(at), user, alert));
                    st.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public List<Pending> notified(String user, int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be positive: " + limit);
        return jdbc.read(c -> rows(c, "SELECT account_name, alert_id, delivery_id, sent FROM notified WHERE account_name = ? "
                + "ORDER BY sent DESC, alert_id FETCH FIRST " + limit + " ROWS ONLY", List.of(user)));
    }

    private static List<Pending> rows(Connection c, String sql, List<Object> args) throws SQLException {
        List<Pending> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            AlertRows.bind(st, args);
            try (ResultSet r = st.executeQuery()) {
                while (r.next()) out.add(new Pending(r.getString(1), r.getString(2), r.getString(3), Jdbc.instant(r.getObject(4))));
            }
        }
        return out;
    }

    @Override
    public void dead(String user, Webhooks.DeadLetter d) {
        jdbc.write(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO dead_letter (delivery_id, account_name, channel, target, body, "
                    + "attempts, status, error, at) VALUES (?, ?, 'webhook', ?, ?, ?, ?, ?, ?)")) {
                AlertRows.bind(st, Arrays.asList(d.delivery(), user, AlertRows.cut(d.endpoint().url(), 2000), d.body(), d.attempts(),
                        d.status(), AlertRows.cut(d.error(), 2000), Jdbc.time(d.at())));
                return st.executeUpdate();
            }
        });
    }

    @Override
    public List<Dead> deadLetters(int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be positive: " + limit);
        return jdbc.read(c -> dead(c, " ORDER BY d.at DESC, d.id DESC FETCH FIRST " + limit + " ROWS ONLY", null));
    }

    @Override
    public Optional<Dead> deadLetter(long id) {
        return jdbc.read(c -> dead(c, " WHERE d.id = ?", id).stream().findFirst());
    }

    private static List<Dead> dead(Connection c, String tail, Long id) throws SQLException {
        List<Dead> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT d.id, d.account_name, d.delivery_id, d.target, d.body, d.attempts, "
                + "d.status, d.error, d.at, d.retried, e.secret FROM dead_letter d LEFT JOIN webhook_endpoint e "
                + "ON e.owner = d.account_name AND e.url = d.target" + tail)) {
            if (id != null) st.setLong(1, id);
            try (ResultSet r = st.executeQuery()) {
                while (r.next()) {
                    // the endpoint as it is now; a removed one keeps its address with no secret, so a retry cannot sign
                    Webhooks.Endpoint e = new Webhooks.Endpoint(r.getString(2), r.getString(4), r.getString(11) == null ? "-" : r.getString(11));
                    Object retried = r.getObject(10);
                    out.add(new Dead(r.getLong(1), r.getString(2), new Webhooks.DeadLetter(r.getString(3), e, r.getString(5),
                            r.getInt(6), r.getInt(7), r.getString(8), Jdbc.instant(r.getObject(9))),
                            retried == null ? null : Jdbc.instant(retried)));
                }
            }
        }
        return out;
    }

    @Override
    public void retried(long id, Instant at) {
        jdbc.write(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE dead_letter SET retried = ? WHERE id = ?")) {
                st.setObject(1, Jdbc.time(at));
                st.setLong(2, id);
                return st.executeUpdate();
            }
        });
    }
}
