package org.menagerie.web;

/**
 * How much one server takes on at once.
 *
 * @param concurrentChecks checks (page and API) running at the same time; more get 503 with Retry-After at once
 * @param maxRequestBytes the largest request body read; larger ones get 413
 * @param stopMillis how long a graceful stop waits for requests in flight before closing connections
 * @param hsts send Strict-Transport-Security (only right behind HTTPS, so off by default)
 */
public record Limits(int concurrentChecks, long maxRequestBytes, long stopMillis, boolean hsts) {
    public Limits {
        if (concurrentChecks < 1) throw new IllegalArgumentException("concurrentChecks must be positive: " + concurrentChecks);
        if (maxRequestBytes < 1024) throw new IllegalArgumentException("maxRequestBytes must be at least 1024: " + maxRequestBytes);
        if (stopMillis < 0) throw new IllegalArgumentException("stopMillis must not be negative: " + stopMillis);
    }

    /** Checks are CPU-bound: about two per core keeps the machine busy without queueing work it cannot finish. */
    public static Limits defaults() {
        return new Limits(Math.max(2, 2 * Runtime.getRuntime().availableProcessors()), 1_000_000, 20_000, false);
    }

    public Limits withConcurrentChecks(int n) {
        return new Limits(n, maxRequestBytes, stopMillis, hsts);
    }

    public Limits withHsts(boolean on) {
        return new Limits(concurrentChecks, maxRequestBytes, stopMillis, on);
    }
}
