package org.menagerie.health;

import java.util.List;
import org.menagerie.catalog.Check;

/**
 * How one back end answered its probe.
 *
 * @param part what it serves: {@code store}, {@code index} or {@code queue}
 * @param kind which implementation ({@code h2}, {@code postgres}, {@code lucene}, {@code solr}, ...)
 * @param required whether the node cannot serve without it (then /health answers 503 while it is down)
 * @param latencyNanos how long the probe took (up to the time limit when it did not answer)
 * @param problem why it is down, or null when up
 */
public record ProbeReport(String part, String kind, boolean required, boolean up, long latencyNanos, List<ProbeReading> readings,
                     String problem) {
    public ProbeReport {
        Check.notBlank(part, "part");
        Check.notBlank(kind, "kind");
        if (latencyNanos < 0) throw new IllegalArgumentException("latencyNanos must not be negative: " + latencyNanos);
        readings = List.copyOf(Check.notNull(readings, "readings"));
        if (up == (problem != null)) throw new IllegalArgumentException("problem must be given exactly when down: " + problem);
    }
}
