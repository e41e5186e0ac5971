package org.menagerie.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.menagerie.catalog.Check;

/**
 * The scheduler's loop: polls what is due, applies retention once a day, sleeps until the next source is due (at
 * most a minute, so new sources are picked up), until {@link #stop} is called; the poll in flight finishes first.
 */
public final class Watcher {
    private final Poller poller;
    private final Monitoring monitoring;
    private final WatchSettings settings;
    private final Clock clock;
    private volatile boolean stopping;
    private final Object wake = new Object();

    public Watcher(Poller poller, Monitoring monitoring, WatchSettings settings, Clock clock) {
        this.poller = Check.notNull(poller, "poller");
        this.monitoring = Check.notNull(monitoring, "monitoring");
        this.settings = Check.notNull(settings, "settings");
        this.clock = Check.notNull(clock, "clock");
    }

    /** Polls every due source once and applies retention. */
    public List<PollResult> once() throws InterruptedException {
        List<PollResult> results = poller.pollDue(() -> stopping);
        retain();
        return results;
    }

    /** Runs until stopped; each poll's result goes to {@code report}. */
    public void run(Consumer<PollResult> report) throws InterruptedException {
        Instant lastRetention = Instant.MIN;
        while (!stopping) {
            poller.pollDue(() -> stopping).forEach(report);
            if (Duration.between(lastRetention, clock.instant()).toHours() >= 24 || lastRetention == Instant.MIN) {
                retain();
                lastRetention = clock.instant();
            }
            synchronized (wake) {
                if (!stopping) wake.wait(untilNextDue().toMillis());
            }
        }
    }

    /** Asks the loop to finish its current poll and return. */
    public void stop() {
        stopping = true;
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private Duration untilNextDue() {
        Instant now = clock.instant();
        Duration wait = monitoring.outlets().due(now.plus(Duration.ofMinutes(1))).stream().findFirst()
                .map(s -> Duration.between(now, s.nextDue())).orElse(Duration.ofMinutes(1));
        return wait.isNegative() || wait.isZero() ? Duration.ofMillis(10) : wait;
    }

    private void retain() {
        if (settings.retentionDays() > 0) {
            monitoring.articles().dropTextBefore(clock.instant().minus(Duration.ofDays(settings.retentionDays())));
        }
    }
}
