package org.menagerie.search;

/**
 * A published case the index proposes for a claim, with both first-stage scores.
 *
 * @param caseId the case's id
 * @param stamp changes whenever the case's document is rewritten, so that callers can cache what they derive from it
 * @param bm25 the BM25 score of the case's passage in the claim's language (0 when outside the keyword candidates)
 * @param cosine the dot product of the claim's and the case's unit vectors (0 when no vector was given)
 */
public record ClaimCandidate(String caseId, long stamp, double bm25, double cosine) {
    public ClaimCandidate {
        if (caseId == null || caseId.isBlank()) throw new IllegalArgumentException("caseId must not be blank");
    }
}
