package org.menagerie.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** A token bucket per client: {@code perMinute} requests a minute, refilled continuously, bursts up to the same. */
final class RateLimiter {
    private final double capacity;
    private final double perNano;
    private final LongSupplier clock;
    private final Map<String, double[]> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute, LongSupplier nanoClock) {
        this.capacity = perMinute;
        this.perNano = perMinute / 60e9;
        this.clock = nanoClock;
    }

    /** Takes one token for {@code client}; false when its bucket is empty. */
    boolean tryAcquire(String client) {
        long now = clock.getAsLong();
        if (buckets.size() > 100_000) buckets.clear(); // bounded memory under a flood of addresses
        double[] b = buckets.computeIfAbsent(client, k -> new double[] {capacity, now});
        synchronized (b) {
            b[0] = Math.min(capacity, b[0] + (now - (long) b[1]) * perNano);
            b[1] = now;
            if (b[0] < 1) return false;
            b[0] -= 1;
            return true;
        }
    }
}
