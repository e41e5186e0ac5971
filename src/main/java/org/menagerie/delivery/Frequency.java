package org.menagerie.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** How often a user hears of new alerts: at once, or folded into an hourly or daily digest. */
public enum Frequency {
    INSTANT, HOURLY, DAILY;

    /**
     * The end of the window {@code t} falls in: the digest holding it is due then. An instant alert is due at once;
     * hourly digests close on the hour, daily ones at midnight UTC.
     */
    public Instant due(Instant t) {
        return switch (this) {
            case INSTANT -> t;
            case HOURLY -> t.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
            case DAILY -> t.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        };
    }
}
