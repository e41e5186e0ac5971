package org.menagerie.desk;

import java.util.List;
import org.menagerie.alert.Sighting;
import org.menagerie.alert.Stored;
import org.menagerie.catalog.Check;

/**
 * One alert as an analyst reviews it.
 *
 * @param alert the alert and its state
 * @param decisions every decision about it, oldest first
 * @param outlets every outlet that carried the same story, the first first (the alert's own when it has no story)
 * @param sighting the sighting it made, or null
 */
public record AlertDetail(Stored alert, List<Decision> decisions, List<String> outlets, Sighting sighting) {
    public AlertDetail {
        Check.notNull(alert, "alert");
        decisions = List.copyOf(decisions);
        outlets = List.copyOf(outlets);
    }
}
