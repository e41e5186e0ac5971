package org.menagerie.trend;

import java.time.Instant;
import org.menagerie.catalog.Check;

/**
 * One alert raised or one sighting confirmed, as the trends count it.
 *
 * @param kind     an alert or a sighting
 * @param caseId   the case it is about
 * @param outlet   the outlet's name as monitoring read it, or null
 * @param language the article's language, or null when it could not be told
 * @param at       when the article was seen (an alert's raising, a sighting's publication)
 */
public record Event(Kind kind, String caseId, String outlet, String language, Instant at) {
    public enum Kind { ALERT, SIGHTING }

    public Event {
        Check.notNull(kind, "kind");
        Check.notBlank(caseId, "caseId");
        outlet = Check.optional(outlet);
        language = Check.optional(language);
        Check.notNull(at, "at");
    }
}
