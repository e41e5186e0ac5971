package org.menagerie.lab.eval;

import java.util.HashSet;
import java.util.Set;

/**
 * The extraction measure of the scrapinghub article-extraction-benchmark: whitespace tokens, sets of token
 * 4-gram shingles, precision and recall of the predicted set against the true one.
 */
public final class Shingles {
    /** Shingle length in tokens. */
    public static final int SIZE = 4;

    private Shingles() {}

    /** The set of 4-token shingles of a text; a text shorter than four tokens gives one shingle of all its tokens. */
    public static Set<String> of(String text) {
        String[] tokens = text == null || text.isBlank() ? new String[0] : text.strip().split("\\s+");
        Set<String> out = new HashSet<>();
        if (tokens.length == 0) return out;
        int n = Math.min(SIZE, tokens.length);
        for (int i = 0; i + n <= tokens.length; i++) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(tokens, i, i + n)));
        }
        return out;
    }

    /** Precision, recall and F1 of one page; both empty scores 1, one empty scores 0. */
    public static Score score(String predicted, String truth) {
        Set<String> p = of(predicted);
        Set<String> t = of(truth);
        if (p.isEmpty() && t.isEmpty()) return new Score(1, 1, 1);
        if (p.isEmpty() || t.isEmpty()) return new Score(0, 0, 0);
        long common = p.stream().filter(t::contains).count();
        double precision = (double) common / p.size();
        double recall = (double) common / t.size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Score(precision, recall, f1);
    }

    /** Precision, recall and F1, each in [0, 1]. */
    public record Score(double precision, double recall, double f1) {
        public Score {
            for (double v : new double[] {precision, recall, f1}) {
                if (v < 0 || v > 1 || Double.isNaN(v)) throw new IllegalArgumentException("score out of [0,1]: " + v);
            }
        }
    }
}
