package org.menagerie.queue;

import java.time.Duration;
import org.menagerie.catalog.Check;

/** The argument checks every queue shares. */
public final class Leases {
    private Leases() {}

    public static void check(String topic, String group, int max, Duration lease) {
        Check.notBlank(topic, "topic");
        Check.notBlank(group, "group");
        if (max < 1) throw new IllegalArgumentException("max must be positive: " + max);
        Check.notNull(lease, "lease");
        if (lease.isNegative() || lease.isZero()) throw new IllegalArgumentException("lease must be positive: " + lease);
    }
}
