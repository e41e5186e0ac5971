package org.menagerie.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Slows password guessing: after {@link #PER_ACCOUNT} failed sign-ins to one account, or {@link #PER_ADDRESS} from one
 * client address, within {@link #WINDOW_NANOS}, further attempts are refused (even with the right password) until the
 * window has passed. A successful sign-in clears the account's count.
 */
final class LoginThrottle {
    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;
    static final long WINDOW_NANOS = 15L * 60 * 1_000_000_000L;

    private record Failures(int count, long since) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    LoginThrottle(LongSupplier nanoClock) {
        this.clock = nanoClock;
    }

    /** Seconds to wait before trying again, or 0 when an attempt is allowed. */
    long retryAfterSeconds(String account, String address) {
        return Math.max(wait(accountKey(account), PER_ACCOUNT), wait("ip:" + address, PER_ADDRESS));
    }

    void failed(String account, String address) {
        if (failures.size() > 100_000) failures.clear(); // bounded memory under a flood of names
        bump(accountKey(account));
        bump("ip:" + address);
    }

    void succeeded(String account) {
        failures.remove(accountKey(account));
    }

    private long wait(String key, int limit) {
        Failures f = failures.get(key);
        if (f == null) return 0;
        long left = f.since() + WINDOW_NANOS - clock.getAsLong();
        if (left <= 0) {
            failures.remove(key, f);
            return 0;
        }
        return f.count() >= limit ? Math.max(1, left / 1_000_000_000L) : 0;
    }

    private void bump(String key) {
        long now = clock.getAsLong();
        failures.merge(key, new Failures(1, now), (old, one) -> old.since() + WINDOW_NANOS < now
                ? one : new Failures(old.count() + 1, old.since()));
    }

    private static String accountKey(String account) {
        return "account:" + (account == null ? "" : account.strip().toLowerCase(Locale.ROOT));
    }
}
