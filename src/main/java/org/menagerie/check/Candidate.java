package org.menagerie.check;

import org.menagerie.catalog.Check;

/**
 * A case a candidate source proposes for a query, with its two first-stage scores.
 *
 * @param caseId the case's id
 * @param bm25 the keyword score (0 when the case shares no indexed term with the query)
 * @param cosine the cosine between the query vector and the case's vector
 * @param stamp changes whenever the source's copy of the case changes (0 for a source that never changes)
 */
public record Candidate(String caseId, double bm25, double cosine, long stamp) {
    public Candidate {
        Check.notBlank(caseId, "caseId");
        if (!Double.isFinite(bm25) || !Double.isFinite(cosine)) throw new IllegalArgumentException("scores must be finite");
    }

    public Candidate(String caseId, double bm25, double cosine) {
        this(caseId, bm25, cosine, 0);
    }
}
