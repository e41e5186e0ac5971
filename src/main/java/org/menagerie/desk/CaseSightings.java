package org.menagerie.desk;

import java.time.Instant;
import org.menagerie.catalog.Check;

/**
 * How often and how lately a case was sighted.
 *
 * @param caseId the case
 * @param sightings how many sightings it has
 * @param last when the latest was seen
 */
public record CaseSightings(String caseId, long sightings, Instant last) {
    public CaseSightings {
        Check.notBlank(caseId, "caseId");
        Check.notNull(last, "last");
    }
}
