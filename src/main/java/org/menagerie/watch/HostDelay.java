package org.menagerie.watch;

import java.util.HashMap;
import java.util.Map;

/**
 * One request to a host at a time, and a delay between the end of one and the start of the next: a caller waits for
 * the host's turn and reports when its request is done. Counting from the end means a slow answer never shortens the
 * pause the host sees. The delay is the larger of the configured one and the host's robots.txt Crawl-delay (capped).
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

    /** Waits for the host's turn; the caller must call {@link #done} when its request is over. */
    synchronized void await(String host) throws InterruptedException {
        while (true) {
            long now = System.nanoTime();
            Long turn = nextTurn.get(host);
            if (turn != null && turn == Long.MAX_VALUE) {
                wait(1000);
            } else if (turn != null && turn - now > 0) {
                long wait = turn - now;
                wait(Math.max(1, wait / 1_000_000));
            } else {
                nextTurn.put(host, Long.MAX_VALUE);
                return;
            }
        }
    }

    /** The request to the host is over: the next may start after the delay. */
    synchronized void done(String host) {
        nextTurn.put(host, System.nanoTime() + Math.max(delayNanos, crawlDelay.getOrDefault(host, 0L)));
        notifyAll();
    }
}
