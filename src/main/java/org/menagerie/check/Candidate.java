package org.menagerie.check;

import org.menagerie.catalog.Check;

/**
 * A case a candidate source proposes for a query, with its two first-stage scores.
 *
 * @param caseId the case's id
 * @param bm25 the keyword score (0 when the case shares no indexed term with the query)
 * @param cosine the cosine between the query vector and the case's vector
 */
public record Candidate(String caseId, double bm25, double cosine) {
    public Candidate {
        Check.notBlank(caseId, "caseId");
        if (!Double.isFinite(bm25) || !Double.isFinite(cosine)) throw new IllegalArgumentException("scores must be finite");
    }
}
