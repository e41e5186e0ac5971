package org.menagerie.lab.replay;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.menagerie.catalog.Check;

/**
 * A clock a replay moves forward item by item, so that everything timed (alerts, digests, retries) runs on the
 * stream's time rather than the machine's. It never goes back: an item dated before the last keeps the later time.
 */
public final class StreamClock extends Clock {
    private volatile Instant now;

    public StreamClock(Instant start) {
        this.now = Check.notNull(start, "start");
    }

    public synchronized void advanceTo(Instant t) {
        if (Check.notNull(t, "t").isAfter(now)) now = t;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a stream clock runs in UTC");
    }
}
