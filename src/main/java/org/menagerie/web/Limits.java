package org.menagerie.web;

/**
 * How much one server takes on at once. Past a bound the answer is 503 with Retry-After at once, never a wait that ends
 * in a client's timeout: work that cannot start now would only make every other request slower.
 *
 * @param concurrentChecks checks (page and API) running at the same time; more get 503 with Retry-After at once
 * @param maxRequestBytes the largest request body read; larger ones get 413
 * @param stopMillis how long a graceful stop waits for requests in flight before closing connections
 * @param hsts send Strict-Transport-Security (only right behind HTTPS, so off by default)
 * @param concurrentSearches searches (site and API) in flight at once; more get 503 with Retry-After at once
 * @param concurrentPages other pages (a case, a narrative, a publication, feeds) in flight at once; likewise
 * @param concurrentApi other API requests in flight at once (checks count here too, and within their own bound)
 * @param threads the server's request threads: more than every bound together, so that a request beyond a bound still
 *                finds a thread to be refused on at once instead of waiting in a queue
 * @param idleTimeoutMillis how long a connection may stay silent (a slow or stuck client) before it is closed
 */
public record Limits(int concurrentChecks, long maxRequestBytes, long stopMillis, boolean hsts, int concurrentSearches,
                     int concurrentPages, int concurrentApi, int threads, long idleTimeoutMillis) {
    /** Threads kept beyond the bounds for refusals, /health, /metrics and static files. */
    static final int SPARE_THREADS = 16;

    public Limits {
        if (concurrentChecks < 1) throw new IllegalArgumentException("concurrentChecks must be positive: " + concurrentChecks);
        if (maxRequestBytes < 1024) throw new IllegalArgumentException("maxRequestBytes must be at least 1024: " + maxRequestBytes);
        if (stopMillis < 0) throw new IllegalArgumentException("stopMillis must not be negative: " + stopMillis);
        if (concurrentSearches < 1) throw new IllegalArgumentException("concurrentSearches must be positive: " + concurrentSearches);
        if (concurrentPages < 1) throw new IllegalArgumentException("concurrentPages must be positive: " + concurrentPages);
        if (concurrentApi < 1) throw new IllegalArgumentException("concurrentApi must be positive: " + concurrentApi);
        int bounded = concurrentSearches + concurrentPages + concurrentApi;
        if (threads < bounded + SPARE_THREADS) {
            throw new IllegalArgumentException("threads must be at least the bounds together plus " + SPARE_THREADS + " ("
                    + (bounded + SPARE_THREADS) + "): " + threads);
        }
        if (idleTimeoutMillis < 1000) throw new IllegalArgumentException("idleTimeoutMillis must be at least 1000: " + idleTimeoutMillis);
    }

    /** The first four limits, the rest as by default. */
    public Limits(int concurrentChecks, long maxRequestBytes, long stopMillis, boolean hsts) {
        this(concurrentChecks, maxRequestBytes, stopMillis, hsts, SEARCHES, PAGES, API, SEARCHES + PAGES + API + SPARE_THREADS + 48, 30_000);
    }

    private static final int CORES = Runtime.getRuntime().availableProcessors();
    /**
     * Searches in flight. Bounding them at 8 a core instead was measured on the 41k catalog (BENCHMARKS.md): it shed
     * more than it saved (59 searches a second answered instead of 92, refusals taking the CPU) and left the same two
     * slow requests, so the bound stays where the demo catalog put it.
     */
    private static final int SEARCHES = 48, PAGES = 96, API = 48;

    /**
     * Checks are CPU-bound and take a few hundred ms of CPU each: one a core keeps the machine busy without queueing
     * work it cannot finish. Searches and pages are short: their bounds are set by how long the last one admitted
     * waits for the CPU, not by the cores alone.
     */
    public static Limits defaults() {
        return new Limits(Math.max(2, CORES), 1_000_000, 20_000, false);
    }

    public Limits withConcurrentChecks(int n) {
        return new Limits(n, maxRequestBytes, stopMillis, hsts, concurrentSearches, concurrentPages, concurrentApi, threads, idleTimeoutMillis);
    }

    public Limits withHsts(boolean on) {
        return new Limits(concurrentChecks, maxRequestBytes, stopMillis, on, concurrentSearches, concurrentPages, concurrentApi, threads, idleTimeoutMillis);
    }

    /** Other bounds on searches, pages and API requests in flight, with threads to match. */
    public Limits withInFlight(int searches, int pages, int api) {
        return new Limits(concurrentChecks, maxRequestBytes, stopMillis, hsts, searches, pages, api,
                Math.max(threads, searches + pages + api + SPARE_THREADS), idleTimeoutMillis);
    }
}
