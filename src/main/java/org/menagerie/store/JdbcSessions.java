package org.menagerie.store;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.menagerie.catalog.Check;
import org.menagerie.publish.Account;
import org.menagerie.publish.SessionStore;

/**
 * Editors' sessions in the store, so that any serve node answers any request and a restart signs no one out. Ids are
 * 256 random bits and only their SHA-256 is stored: a copy of the table opens no session. A session lasts {@link #idle}
 * after its last use, renewed as it is used (the row is written again only once half of that has passed), and never
 * longer than {@link #ABSOLUTE} after it began; expired rows are purged as sessions are written.
 */
public final class JdbcSessions implements SessionStore {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long PURGE_EVERY_MILLIS = 60_000;

    private final Jdbc jdbc;
    private final Clock clock;
    private final Duration idle;
    private final AtomicLong lastPurge = new AtomicLong(Long.MIN_VALUE / 2);

    /** Sessions that last eight idle hours, an editor's working day. */
    public static JdbcSessions standard(DataSource dataSource) {
        return new JdbcSessions(dataSource, Clock.systemUTC(), Duration.ofHours(8));
    }

    public JdbcSessions(DataSource dataSource, Clock clock, Duration idle) {
        this.jdbc = new Jdbc(Check.notNull(dataSource, "dataSource"));
        this.clock = Check.notNull(clock, "clock");
        Check.notNull(idle, "idle");
        if (idle.isNegative() || idle.isZero()) throw new IllegalArgumentException("idle must be positive: " + idle);
        this.idle = idle;
    }

    @Override
    public Duration idle() {
        return idle;
    }

    /** Starts a session, anonymous when {@code account} is null. */
    @Override
    public Session start(Account account) {
        Instant now = clock.instant();
        Session s = new Session(random(), random(), account, now.plus(idle));
        purgeNowAndThen(now);
        jdbc.write(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO web_session (id_hash, csrf, account_name, created, "
                    + "expires) VALUES (?, ?, ?, ?, ?)")) {
                st.setString(1, JdbcAccounts.sha256(s.id()));
                st.setString(2, s.csrf());
                st.setString(3, account == null ? null : account.name());
                st.setObject(4, Jdbc.time(now));
                st.setObject(5, Jdbc.time(s.expires()));
                return st.executeUpdate();
            }
        });
        return s;
    }

    /**
     * The live session with this id, renewed when half its idle time has passed; empty when there is none or it has
     * expired. The account is read afresh, so a changed role or a deleted account takes effect at once.
     */
    @Override
    public Optional<Session> find(String id) {
        if (id == null || id.isBlank() || id.length() > 100) return Optional.empty();
        String hash = JdbcAccounts.sha256(id);
        Instant now = clock.instant();
        Optional<Row> row = jdbc.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT s.csrf, s.created, s.expires, a.name, a.role "
                    + "FROM web_session s LEFT JOIN account a ON a.name = s.account_name WHERE s.id_hash = ?")) {
                st.setString(1, hash);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    Account account = rs.getString(4) == null ? null
                            : new Account(rs.getString(4), Account.Role.valueOf(rs.getString(5)));
                    return Optional.of(new Row(rs.getString(1), Jdbc.instant(rs.getObject(2)), Jdbc.instant(rs.getObject(3)), account));
                }
            }
        });
        if (row.isEmpty() || !row.get().expires().isAfter(now)) return Optional.empty();
        Row r = row.get();
        Instant expires = r.expires();
        if (Duration.between(now, expires).compareTo(idle.dividedBy(2)) < 0) {
            Instant renewed = min(now.plus(idle), r.created().plus(ABSOLUTE));
            if (renewed.isAfter(expires)) {
                expires = renewed;
                renew(hash, renewed);
            }
        }
        return Optional.of(new Session(id, r.csrf(), r.account(), expires));
    }

    /** Ends the session (signing out, or replacing it on sign-in so that a planted id cannot be reused). */
    @Override
    public void end(String id) {
        if (id == null || id.isBlank() || id.length() > 100) return;
        jdbc.write(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM web_session WHERE id_hash = ?")) {
                st.setString(1, JdbcAccounts.sha256(id));
                return st.executeUpdate();
            }
        });
    }

    /** Deletes the sessions that have expired; returns how many. */
    @Override
    public int purge() {
        Instant now = clock.instant();
        return jdbc.write(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM web_session WHERE expires <= ?")) {
                st.setObject(1, Jdbc.time(now));
                return st.executeUpdate();
            }
        });
    }

    /** How many sessions are stored, expired ones not yet purged included. */
    @Override
    public long count() {
        return jdbc.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM web_session"); ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private void renew(String hash, Instant expires) {
        jdbc.write(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE web_session SET expires = ? WHERE id_hash = ? AND expires < ?")) {
                st.setObject(1, Jdbc.time(expires));
                st.setString(2, hash);
                st.setObject(3, Jdbc.time(expires));
                return st.executeUpdate();
            }
        });
    }

    private void purgeNowAndThen(Instant now) {
        long last = lastPurge.get();
        if (now.toEpochMilli() - last >= PURGE_EVERY_MILLIS && lastPurge.compareAndSet(last, now.toEpochMilli())) purge();
    }

    private record Row(String csrf, Instant created, Instant expires, Account account) {}

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
