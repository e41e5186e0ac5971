package org.menagerie.queue;

import java.util.List;

/** The topics work goes by between monitoring, checking and delivery. */
public final class Topics {
    /** Items read from the outlets, before intake. */
    public static final String ITEMS = "items";
    /** New stories (a story's first article), to be checked against the catalog. */
    public static final String STORIES = "stories";
    /** Alerts raised by checking, to be delivered. */
    public static final String ALERTS = "alerts";
    public static final List<String> ALL = List.of(ITEMS, STORIES, ALERTS);
    /** The consumer group of the checking workers, reading {@link #STORIES}. */
    public static final String CHECKERS = "checkers";
    /** The consumer group of the delivery loop, reading {@link #ALERTS}. */
    public static final String DELIVERY = "delivery";
    /** The groups an installation reads each topic with: an embedded queue keeps a message until all of them have it. */
    public static final java.util.Map<String, java.util.Set<String>> READERS = java.util.Map.of(
            STORIES, java.util.Set.of(CHECKERS), ALERTS, java.util.Set.of(DELIVERY));

    private Topics() {}
}
