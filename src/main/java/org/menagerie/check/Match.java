package org.menagerie.check;

import org.menagerie.catalog.Check;

/**
 * A case proposed for a claim.
 *
 * @param caseId the case's id
 * @param score the re-ranker's score (higher is better; comparable within one query)
 * @param confidence the calibrated probability that the case is a true match
 * @param claimed whether the confidence reaches the model's threshold, that is, whether the match is asserted
 * @param reasons what the claim and the case share
 */
public record Match(String caseId, double score, double confidence, boolean claimed, Reasons reasons) {
    public Match {
        Check.notBlank(caseId, "caseId");
        if (!(confidence >= 0 && confidence <= 1)) throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        Check.notNull(reasons, "reasons");
    }
}
