package org.menagerie.lab.eval;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Strict entity scores: a predicted span counts only when its type and both ends equal a gold span's. */
public final class EntityScores {
    /** Counts for one class (or all). */
    public record Counts(int truePositives, int predicted, int gold) {
        public double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(int tp, int p, int g) {
            return new Counts(truePositives + tp, predicted + p, gold + g);
        }
    }

    public static final String ALL = "ALL";
    private final Map<String, Counts> counts = new TreeMap<>();

    public void add(Set<Ronec.Span> gold, Set<Ronec.Span> predicted) {
        for (Ronec.Span s : predicted) bump(s.type(), gold.contains(s) ? 1 : 0, 1, 0);
        for (Ronec.Span s : gold) bump(s.type(), 0, 0, 1);
    }

    private void bump(String type, int tp, int p, int g) {
        counts.merge(type, new Counts(tp, p, g), (a, b) -> a.plus(b.truePositives(), b.predicted(), b.gold()));
        counts.merge(ALL, new Counts(tp, p, g), (a, b) -> a.plus(b.truePositives(), b.predicted(), b.gold()));
    }

    /** Counts by class, with {@link #ALL} for the micro-average over every class. */
    public Map<String, Counts> counts() {
        return Map.copyOf(counts);
    }
}
