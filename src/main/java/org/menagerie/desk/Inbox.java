package org.menagerie.desk;

import java.util.List;
import java.util.Map;
import org.menagerie.alert.Level;
import org.menagerie.alert.Stored;

/**
 * One page of the alerts a query selects, with counts beside it.
 *
 * @param total how many alerts the query selects, over every page
 * @param alerts this page's, newest first
 * @param states how many the query would select in each state (its state filter aside), as of now
 * @param levels how many at each level (its level filter aside)
 */
public record Inbox(long total, List<Stored> alerts, Map<Stored.State, Long> states, Map<Level, Long> levels) {
    public Inbox {
        if (total < 0) throw new IllegalArgumentException("total must not be negative");
        alerts = List.copyOf(alerts);
        states = Map.copyOf(states);
        levels = Map.copyOf(levels);
    }
}
