package org.menagerie.delivery;

import java.time.Instant;
import java.util.List;
import org.menagerie.catalog.Check;

/**
 * What one user is told at once: the alerts of a window, folded by case so that a claim repeated by ten outlets is one
 * entry with ten sightings, not ten messages.
 *
 * @param user the user told
 * @param from the start of the window (the first alert's time)
 * @param to when the notice was due
 * @param entries one per case, the most alerted case first
 */
public record Notice(String user, Instant from, Instant to, List<Entry> entries) {
    public Notice {
        Check.notBlank(user, "user");
        Check.notNull(from, "from");
        Check.notNull(to, "to");
        entries = Check.list(entries, "entries");
        if (entries.isEmpty()) throw new IllegalArgumentException("entries must not be empty");
    }

    /**
     * @param caseId the case
     * @param level the highest level among its alerts ("suggested" or "matched")
     * @param confidence the highest confidence
     * @param sightings each item that raised an alert on the case, in time order
     */
    public record Entry(String caseId, String level, double confidence, List<Sighting> sightings) {
        public Entry {
            Check.notBlank(caseId, "caseId");
            Check.notBlank(level, "level");
            sightings = Check.list(sightings, "sightings");
        }
    }

    /** One article that repeated the case. */
    public record Sighting(String itemId, String outlet, String url, String sentence, Instant at) {
        public Sighting {
            Check.notBlank(itemId, "itemId");
            Check.notNull(at, "at");
        }
    }

    public int alerts() {
        return entries.stream().mapToInt(e -> e.sightings().size()).sum();
    }
}
