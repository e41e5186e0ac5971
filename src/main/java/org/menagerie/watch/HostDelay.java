package org.menagerie.watch;

import java.util.HashMap;
import java.util.Map;

/**
 * At most one request to a host per delay: a caller waits until the host's turn, which is then reserved for it. The
 * delay is the larger of the configured one and the host's robots.txt Crawl-delay (capped).
 */
final class HostDelay {
    private final long delayNanos;
    private final Map<String, Long> nextTurn = new HashMap<>();
    private final Map<String, Long> crawlDelay = new HashMap<>();

    HostDelay(long delayMillis) {
        if (delayMillis < 0) throw new IllegalArgumentException("delayMillis must not be negative: " + delayMillis);
        this.delayNanos = delayMillis * 1_000_000L;
    }

    synchronized void crawlDelay(String host, long millis) {
        crawlDelay.put(host, Math.min(millis, 60_000) * 1_000_000L);
    }

    /** Waits for the host's turn. */
    void await(String host) throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long turn = Math.max(now, nextTurn.getOrDefault(host, now));
            nextTurn.put(host, turn + Math.max(delayNanos, crawlDelay.getOrDefault(host, 0L)));
            wait = turn - now;
        }
        if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
}
