package org.menagerie.trend;

import java.time.Instant;
import java.util.List;
import org.menagerie.catalog.Check;

/**
 * What an outlet carried of the catalog: the cases and narratives its articles restated, when it was first and last
 * read, and how often it repeats debunked claims.
 *
 * @param cases      the cases, most sightings first
 * @param narratives the narratives of those cases, with how many sightings each
 * @param reach      the articles read of it (none: zero and null times)
 */
public record Profile(String outlet, List<Carried> cases, List<Carried> narratives, Events.Reach reach) {
    /** A case or narrative an outlet carried, with its alerts and confirmed sightings there. */
    public record Carried(String id, long alerts, long sightings, Instant first, Instant last) {
        public Carried {
            Check.notBlank(id, "id");
        }
    }

    public Profile {
        Check.notBlank(outlet, "outlet");
        cases = List.copyOf(cases);
        narratives = List.copyOf(narratives);
        Check.notNull(reach, "reach");
    }

    public long sightings() {
        return cases.stream().mapToLong(Carried::sightings).sum();
    }

    public long alerts() {
        return cases.stream().mapToLong(Carried::alerts).sum();
    }

    /** Confirmed sightings per hundred articles read: how often it repeats debunked claims; 0 when nothing was read. */
    public double repeatsPerHundred() {
        return reach.articles() == 0 ? 0 : 100.0 * sightings() / reach.articles();
    }
}
