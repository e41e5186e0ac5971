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
 * @param confirmedBy who confirmed it
 * @param confirmedAt when
 */
public record Sighting(String alertId, String caseId, String outlet, String url, Instant seen, String language,
                       String sentence, String confirmedBy, Instant confirmedAt) {
    public Sighting {
        Check.notBlank(alertId, "alertId");
        Check.notBlank(caseId, "caseId");
        Check.notNull(seen, "seen");
        Check.notBlank(sentence, "sentence");
        Check.notBlank(confirmedBy, "confirmedBy");
        Check.notNull(confirmedAt, "confirmedAt");
    }
}
