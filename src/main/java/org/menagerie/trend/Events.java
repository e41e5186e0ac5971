package org.menagerie.trend;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The read side trends are counted from: alerts and sightings as events, and how much each outlet published. */
public interface Events {
    /** Alerts raised and sightings seen at or after {@code from}, of one outlet when {@code outlet} is not null. */
    List<Event> since(Instant from, String outlet);

    /** Articles read per outlet, with the first and last time one was read. */
    Map<String, Reach> reach();

    /** How much monitoring read of an outlet. */
    record Reach(long articles, Instant first, Instant last) {
        public Reach {
            if (articles < 0) throw new IllegalArgumentException("articles must not be negative: " + articles);
        }
    }
}
