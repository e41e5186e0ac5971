package org.menagerie.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuses a keyword and a vector ranking into one. The weighted sum of min-max normalised scores beat reciprocal rank
 * fusion on claim retrieval here (with a keyword weight near 0.4), so it is the default; RRF is kept for comparison.
 */
public final class Fusion {
    /** A document in a ranking: its engine's doc number (-1 when it has none), its case id (the key and tie-break) and its score. */
    public record Scored(int doc, String id, float score) {}

    static final int RRF_K = 60;
    /** How many candidates each ranking contributes to a fused one, at least. */
    public static final int CANDIDATES = 100;

    private Fusion() {}

    public static List<Scored> weighted(List<Scored> keyword, List<Scored> vector, float keywordWeight) {
        Map<String, Scored> fused = new HashMap<>();
        add(fused, normalised(keyword), keywordWeight);
        add(fused, normalised(vector), 1 - keywordWeight);
        return sorted(fused);
    }

    public static List<Scored> rrf(List<Scored> keyword, List<Scored> vector) {
        Map<String, Scored> fused = new HashMap<>();
        for (List<Scored> ranking : List.of(keyword, vector)) {
            List<Scored> ranks = new ArrayList<>();
            for (int r = 0; r < ranking.size(); r++) {
                Scored s = ranking.get(r);
                ranks.add(new Scored(s.doc(), s.id(), 1f / (RRF_K + r + 1)));
            }
            add(fused, ranks, 1);
        }
        return sorted(fused);
    }

    /**
     * Neighbours whose cosine reaches {@code floor}; a unit-vector dot product (as cosine similarity) scores
     * (1 + cos) / 2.
     */
    public static List<Scored> aboveFloor(List<Scored> near, float floor) {
        float min = (1 + floor) / 2;
        return near.stream().filter(s -> s.score() >= min).toList();
    }

    private static List<Scored> normalised(List<Scored> ranking) {
        if (ranking.isEmpty()) return ranking;
        float min = Float.MAX_VALUE, max = -Float.MAX_VALUE;
        for (Scored s : ranking) {
            min = Math.min(min, s.score());
            max = Math.max(max, s.score());
        }
        float range = max - min;
        List<Scored> out = new ArrayList<>(ranking.size());
        for (Scored s : ranking) out.add(new Scored(s.doc(), s.id(), range == 0 ? 1 : (s.score() - min) / range));
        return out;
    }

    private static void add(Map<String, Scored> fused, List<Scored> ranking, float weight) {
        for (Scored s : ranking) {
            fused.merge(s.id(), new Scored(s.doc(), s.id(), weight * s.score()),
                    (a, b) -> new Scored(a.doc(), a.id(), a.score() + b.score()));
        }
    }

    private static List<Scored> sorted(Map<String, Scored> fused) {
        List<Scored> out = new ArrayList<>(fused.values());
        out.sort(Comparator.comparing(Scored::score).reversed().thenComparing(Scored::id));
        return out;
    }
}
