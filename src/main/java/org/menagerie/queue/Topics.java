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

    private Topics() {}
}
