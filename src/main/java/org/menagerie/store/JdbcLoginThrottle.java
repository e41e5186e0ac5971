package org.menagerie.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.menagerie.catalog.Check;
import org.menagerie.publish.LoginThrottle;

/**
 * Slows password guessing across every serve node: after {@code perAccount} failed sign-ins to one account, or
 * {@code perAddress} from one client address, within {@code window} of the first failure, further attempts are refused
 * (even with the right password) until the window has passed. A successful sign-in clears the account's count. The
 * counts live in the store, so a guesser gains nothing by spreading attempts over nodes or waiting for a restart.
 */
public final class JdbcLoginThrottle implements LoginThrottle {
    private static final long PURGE_EVERY_MILLIS = 60_000;

    private final Jdbc jdbc;
    private final Clock clock;
    private final int perAccount;
    private final int perAddress;
    private final Duration window;
    private final AtomicLong lastPurge = new AtomicLong(Long.MIN_VALUE / 2);

    /** Five failures per account or twenty per address in fifteen minutes. */
    public static JdbcLoginThrottle standard(DataSource dataSource) {
        return new JdbcLoginThrottle(dataSource, Clock.systemUTC(), 5, 20, Duration.ofMinutes(15));
    }

    public JdbcLoginThrottle(DataSource dataSource, Clock clock, int perAccount, int perAddress, Duration window) {
        this.jdbc = new Jdbc(Check.notNull(dataSource, "dataSource"));
        this.clock = Check.notNull(clock, "clock");
        if (perAccount < 1) throw new IllegalArgumentException("perAccount must be positive: " + perAccount);
        if (perAddress < 1) throw new IllegalArgumentException("perAddress must be positive: " + perAddress);
        Check.notNull(window, "window");
        if (window.isNegative() || window.isZero()) throw new IllegalArgumentException("window must be positive: " + window);
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
    }

    @Override
    public int perAccount() {
        return perAccount;
    }

    @Override
    public int perAddress() {
        return perAddress;
    }

    @Override
    public Duration window() {
        return window;
    }

    /** Seconds to wait before trying again, or 0 when an attempt is allowed. */
    @Override
    public long retryAfterSeconds(String account, String address) {
        Instant now = clock.instant();
        return Math.max(wait(accountKey(account), perAccount, now), wait(addressKey(address), perAddress, now));
    }

    /** Counts a failed sign-in against the account and the address. */
    @Override
    public void failed(String account, String address) {
        Instant now = clock.instant();
        purgeNowAndThen(now);
        bump(accountKey(account), now);
        bump(addressKey(address), now);
    }

    /** Clears the account's count (not the address's: one good password does not excuse a spray from there). */
    @Override
    public void succeeded(String account) {
        jdbc.write(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM login_failure WHERE throttle_key = ?")) {
                st.setString(1, accountKey(account));
                return st.executeUpdate();
            }
        });
    }

    /** Deletes the counts whose window has passed; returns how many. */
    @Override
    public int purge() {
        Instant before = clock.instant().minus(window);
        return jdbc.write(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM login_failure WHERE window_start <= ?")) {
                st.setObject(1, Jdbc.time(before));
                return st.executeUpdate();
            }
        });
    }

    private long wait(String key, int limit, Instant now) {
        return jdbc.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT failures, window_start FROM login_failure WHERE throttle_key = ?")) {
                st.setString(1, key);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next() || rs.getInt(1) < limit) return 0L;
                    long left = Duration.between(now, Jdbc.instant(rs.getObject(2)).plus(window)).toSeconds();
                    return left <= 0 ? 0L : left;
                }
            }
        });
    }

    /**
     * One more failure in the key's window, or the first of a new window when the old one has passed. The update is
     * one statement, so nodes counting at once do not lose counts; two nodes inserting the first row at once make one
     * of them fail on the key and count again by updating.
     */
    private void bump(String key, Instant now) {
        for (int attempt = 0; ; attempt++) {
            try {
                jdbc.write(c -> {
                    int n;
                    try (PreparedStatement up = c.prepareStatement("UPDATE login_failure SET "
                            + "failures = CASE WHEN window_start <= ? THEN 1 ELSE failures + 1 END, "
                            + "window_start = CASE WHEN window_start <= ? THEN ? ELSE window_start END WHERE throttle_key = ?")) {
                        up.setObject(1, Jdbc.time(now.minus(window)));
                        up.setObject(2, Jdbc.time(now.minus(window)));
                        up.setObject(3, Jdbc.time(now));
                        up.setString(4, key);
                        n = up.executeUpdate();
                    }
                    if (n > 0) return n;
                    try (PreparedStatement in = c.prepareStatement("INSERT INTO login_failure (throttle_key, failures, "
                            + "window_start) VALUES (?, 1, ?)")) {
                        in.setString(1, key);
                        in.setObject(2, Jdbc.time(now));
                        return in.executeUpdate();
                    }
                });
                return;
            } catch (StoreException e) {
                if (attempt > 0 || !duplicateKey(e)) throw e;
            }
        }
    }

    private static boolean duplicateKey(StoreException e) {
        return e.getCause() instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("23");
    }

    private void purgeNowAndThen(Instant now) {
        long last = lastPurge.get();
        if (now.toEpochMilli() - last >= PURGE_EVERY_MILLIS && lastPurge.compareAndSet(last, now.toEpochMilli())) purge();
    }

    private static String accountKey(String account) {
        return key("account:", account == null ? "" : account.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return key("address:", address == null ? "" : address.strip());
    }

    /** Long values (a name field can hold anything) are kept as their hash, so every key fits the column. */
    private static String key(String kind, String value) {
        return value.length() <= 160 ? kind + value : kind + "sha256:" + JdbcAccounts.sha256(value);
    }
}
