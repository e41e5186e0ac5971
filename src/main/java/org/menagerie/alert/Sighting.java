package org.menagerie.alert;

import java.time.Instant;
import org.menagerie.catalog.Check;

/**
 * A confirmed appearance of a case: where and when a claim already debunked came back.
 *
 * @param alertId the alert it was confirmed from
 * @param caseId the case
 * @param outlet the outlet, or null
 * @param url the article's address, or null
 * @param seen when the article was published
 * @param language the article's language, or null
 * @param sentence the sentence that restates the claim
 * @param confirmedBy who confirmed it ({@link AlertStore#AUTOMATIC} when no analyst did)
 * @param confirmedAt when
 * @param automatic whether it was made without an analyst (a matched alert)
 */
public record Sighting(String alertId, String caseId, String outlet, String url, Instant seen, String language,
                       String sentence, String confirmedBy, Instant confirmedAt, boolean automatic) {
    public Sighting {
        Check.notBlank(alertId, "alertId");
        Check.notBlank(caseId, "caseId");
        Check.notNull(seen, "seen");
        Check.notBlank(sentence, "sentence");
        Check.notBlank(confirmedBy, "confirmedBy");
        Check.notNull(confirmedAt, "confirmedAt");
    }

    /** A sighting an analyst confirmed. */
    public Sighting(String alertId, String caseId, String outlet, String url, Instant seen, String language,
                    String sentence, String confirmedBy, Instant confirmedAt) {
        this(alertId, caseId, outlet, url, seen, language, sentence, confirmedBy, confirmedAt, false);
    }

    /** The sighting confirming {@code s} makes. */
    public static Sighting of(Stored s, String confirmedBy, Instant confirmedAt, boolean automatic) {
        Alert a = s.alert();
        return new Sighting(s.id(), a.caseId(), a.outlet(), a.url(), s.seenOrRaised(), s.language(), a.sentence(),
                confirmedBy, confirmedAt, automatic);
    }
}
