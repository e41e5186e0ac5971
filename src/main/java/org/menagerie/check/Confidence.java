package org.menagerie.check;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.menagerie.catalog.Check;

/**
 * The confidence a check report shows: the re-ranker's calibrated confidence times the absolute evidence that the
 * sentence and the case say the same thing.
 *
 * <p>Why not the re-ranker's alone: it was calibrated on CheckThat! tweets that all have a true match among the
 * candidates, and half of its features are relative to the pool (gap to the best cosine, ranks, min-max fusion), so
 * it is tuned to pick the best of candidates that usually include the answer; in an article most sentences have no
 * related case at all. Measured on the NATO Riga sample against the demo catalog (24 check-worthy sentences), the
 * undated model alone (the one for article text) claims 9 matches: the three restatements of debunked claims at 1.00,
 * but also "Latvia, a NATO ally since 2004, is one of only three Baltic states" as "NATO battlegroups in the Baltics
 * are an invasion force" (0.56) and four more on-topic sentences (0.66 to 0.90); the fusion-only model claimed all 24,
 * "please click here" included. The evidence factor asks for both a
 * high absolute cosine and a high idf-weighted coverage of the case's claim or title terms:
 * {@code sigmoid(min((cos - 0.815) / 0.015, (cover - 0.40) / 0.10))}. Its constants are set by hand from e5-small-v2
 * cosines (unrelated sentences 0.72 to 0.81, restatements 0.86 and up), not fitted on labelled article sentences,
 * which Menagerie does not have yet. It also bounds the confidence by the coverage alone, which lets the checker skip
 * embedding sentences that cannot reach the threshold ({@link #possible}).
 */
final class Confidence {
    static final double COSINE_MID = 0.815, COSINE_SCALE = 0.015, COVER_MID = 0.40, COVER_SCALE = 0.10;
    private static final int CLAIM_COVER = Features.NAMES.indexOf("claimCover");
    private static final int TITLE_COVER = Features.NAMES.indexOf("titleCover");
    private final MatcherModel model;

    Confidence(MatcherModel model) {
        this.model = Check.notNull(model, "model");
    }

    /** The evidence factor of each candidate in a scored pool, by case id. */
    static Map<String, Double> evidence(Matcher.Scored scored) {
        Map<String, Double> out = new HashMap<>();
        for (int i = 0; i < scored.pool().size(); i++) {
            double[] x = scored.features()[i];
            out.put(scored.pool().get(i).caseId(), evidence(scored.pool().get(i).cosine(), Math.max(x[CLAIM_COVER], x[TITLE_COVER])));
        }
        return out;
    }

    static double evidence(double cosine, double cover) {
        double z = Math.min((cosine - COSINE_MID) / COSINE_SCALE, (cover - COVER_MID) / COVER_SCALE);
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Whether any candidate of a pool could be claimed: the evidence factor never exceeds its coverage term, and the
     * re-ranker's confidence never exceeds 1, so a pool whose best coverage keeps that term under the threshold cannot
     * give a claimed match, whatever the cosines.
     */
    boolean possible(Matcher.Scored scored) {
        double best = 0;
        for (double[] x : scored.features()) best = Math.max(best, Math.max(x[CLAIM_COVER], x[TITLE_COVER]));
        return 1 / (1 + Math.exp(-(best - COVER_MID) / COVER_SCALE)) >= threshold();
    }

    double of(Match m, double evidence) {
        return m.confidence() * evidence;
    }

    double threshold() {
        return model.threshold();
    }

    String describe() {
        return String.format(Locale.ROOT, "re-ranker confidence (Platt a=%.3f, b=%.3f; %s) times absolute evidence "
                        + "sigmoid(min((cos - %.3f) / %.3f, (cover - %.2f) / %.2f))", model.plattA(), model.plattB(),
                model.notes() == null ? "no notes" : model.notes(), COSINE_MID, COSINE_SCALE, COVER_MID, COVER_SCALE);
    }
}
