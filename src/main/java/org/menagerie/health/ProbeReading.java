package org.menagerie.health;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.menagerie.catalog.Check;

/**
 * One figure a probe reads, such as an index's {@code documents} or a queue's {@code backlog} for one topic and group.
 *
 * @param name lower-case with underscores, as a metric name part
 * @param labels what the figure is about ({@code topic}, {@code group}); empty when the back end has one such figure
 */
public record ProbeReading(String name, Map<String, String> labels, long value) {
    public ProbeReading {
        Check.notBlank(name, "name");
        if (!name.matches("[a-z][a-z0-9_]*")) throw new IllegalArgumentException("name must be lower_case: " + name);
        // Sorted, not Map.copyOf: its iteration order changes from one JVM to the next, and metrics print labels in it.
        labels = Collections.unmodifiableSortedMap(new TreeMap<>(Check.notNull(labels, "labels")));
    }

    public static ProbeReading of(String name, long value) {
        return new ProbeReading(name, Map.of(), value);
    }
}
