package org.menagerie.extract;

/**
 * The main-text pipeline's few numeric choices, in one place so that they can be chosen by cross-validation over
 * the benchmark pages (a choice is scored only on pages it was not chosen on; see docs/extraction.md).
 *
 * @param nearBest       how close (score ratio) other candidates must come to the best for their common ancestor to win
 * @param siblingShare   the share of the best container's score a sibling needs to be taken with it
 * @param linkShare      the link density above which an unnamed or weakly named container in the content is chrome
 * @param statedCoverage the share of a paragraph's words that the page's own stated article body (JSON-LD
 *                       articleBody) must hold for the paragraph to stay; 0 ignores the stated body
 */
record Tuning(double nearBest, double siblingShare, double linkShare, double statedCoverage) {
    /** The choice shipped: the one the cross-validation picks on all 121 pages. */
    static final Tuning DEFAULT = new Tuning(0.75, 0.3, 0.2, 0);

    Tuning {
        if (nearBest <= 0 || nearBest > 1) throw new IllegalArgumentException("nearBest must be in (0, 1]: " + nearBest);
        if (siblingShare < 0 || siblingShare > 1) throw new IllegalArgumentException("siblingShare must be in [0, 1]: " + siblingShare);
        if (linkShare <= 0 || linkShare > 1) throw new IllegalArgumentException("linkShare must be in (0, 1]: " + linkShare);
        if (statedCoverage < 0 || statedCoverage > 1) throw new IllegalArgumentException("statedCoverage must be in [0, 1]: " + statedCoverage);
    }
}
