package org.menagerie.desk;

import java.time.Instant;
import org.menagerie.catalog.Check;

/**
 * Alerts that share a case or a story, as the inbox groups them.
 *
 * @param key the case id, or the story id as text
 * @param alerts how many alerts the query selects in it
 * @param open how many of them are open
 * @param latest when the newest was raised
 */
public record Group(String key, long alerts, long open, Instant latest) {
    public Group {
        Check.notBlank(key, "key");
        Check.notNull(latest, "latest");
    }

    /** What alerts are grouped by. */
    public enum By { CASE, STORY }
}
