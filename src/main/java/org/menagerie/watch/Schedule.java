package org.menagerie.watch;

import java.time.Duration;
import java.time.Instant;
import org.menagerie.catalog.Check;
import org.menagerie.outlet.Source;

/**
 * When to poll a source next, as Media Cloud's feed fetcher does: the interval stays between {@code min} and
 * {@code max}, grows by half when most items of a poll were seen before (or nothing changed), halves when most were
 * new; a failure backs off linearly ({@code min} times the failures in a row, at most {@code max}), and after
 * {@code pauseAfter} failures in a row the source is paused with the last reason, until an editor resumes it.
 */
public record Schedule(Duration min, Duration max, int pauseAfter) {
    public Schedule {
        Check.notNull(min, "min");
        Check.notNull(max, "max");
        if (min.isNegative() || min.isZero() || max.compareTo(min) < 0) throw new IllegalArgumentException("min and max must be positive, min <= max: " + min + ", " + max);
        if (pauseAfter < 1) throw new IllegalArgumentException("pauseAfter must be positive: " + pauseAfter);
    }

    /** 10 minutes to 24 hours; paused after 30 failures in a row. */
    public static Schedule standard() {
        return new Schedule(Duration.ofMinutes(10), Duration.ofHours(24), 30);
    }

    /** The source after a successful poll that read {@code items}, {@code fresh} of them new (a 304 reads none). */
    public Source succeeded(Source s, Instant now, int items, int fresh, String etag, String lastModified) {
        Duration next = s.interval();
        if (items == 0 || fresh * 5 <= items) {
            next = next.plus(next.dividedBy(2));
        } else if (fresh * 5 >= items * 4) {
            next = next.dividedBy(2);
        }
        next = clamp(next);
        return s.withPoll(next, now.plus(next), 0, null, etag, lastModified, now, now, null, items, fresh);
    }

    /** The source after a failed poll. */
    public Source failed(Source s, Instant now, String reason) {
        int failures = s.failures() + 1;
        Duration wait = clamp(min.multipliedBy(failures));
        String paused = failures >= pauseAfter ? "failed " + failures + " times in a row; last: " + reason : null;
        return s.withPoll(s.interval(), now.plus(wait), failures, paused, s.etag(), s.lastModified(), now,
                s.lastSuccess(), reason, s.lastItems(), s.lastNewItems());
    }

    private Duration clamp(Duration d) {
        return d.compareTo(min) < 0 ? min : d.compareTo(max) > 0 ? max : d;
    }
}
