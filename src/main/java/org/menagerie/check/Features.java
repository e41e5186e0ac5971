package org.menagerie.check;

import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * The re-ranker's view of one candidate: its first-stage scores, their standing within the pool, and lexical,
 * numeric, name and date agreement between the query and the case. The names are part of the model file, so a
 * change here shows as a mismatch when an old model loads.
 */
public final class Features {
    public static final List<String> NAMES = List.of("cos", "cosGap", "cosRank", "bm25Rel", "bm25Log", "bm25Rank", "fused",
            "claimCover", "queryCover", "titleCover", "numShared", "numMissing", "namesShared", "nameCover",
            "dateKnown", "dateNear", "dateLogDays", "tweetAfter", "cos2", "cos2Gap");

    private Features() {}

    /**
     * @param cos2 a second model's cosines for the same pool, or null when there is none (its features then copy
     *     the first model's)
     */
    static double[][] of(Cues query, List<Candidate> pool, List<CaseProfiles.Profile> profiles, double[] cos2,
                         CaseProfiles.Rarity rarity) {
        int n = pool.size();
        double maxCos = -1, minCos = 1, maxBm = 0, minBm = Double.MAX_VALUE, max2 = -1;
        for (int i = 0; i < n; i++) {
            Candidate c = pool.get(i);
            maxCos = Math.max(maxCos, c.cosine());
            minCos = Math.min(minCos, c.cosine());
            maxBm = Math.max(maxBm, c.bm25());
            minBm = Math.min(minBm, c.bm25());
            if (cos2 != null) max2 = Math.max(max2, cos2[i]);
        }
        double[] cosRank = ranks(pool.stream().mapToDouble(Candidate::cosine).toArray());
        double[] bmRank = ranks(pool.stream().mapToDouble(Candidate::bm25).toArray());
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            Candidate c = pool.get(i);
            CaseProfiles.Profile p = profiles.get(i);
            double cosNorm = maxCos > minCos ? (c.cosine() - minCos) / (maxCos - minCos) : 1;
            double bmNorm = maxBm > minBm ? (c.bm25() - minBm) / (maxBm - minBm) : 0;
            long shared = query.numbers().stream().filter(p.cues().numbers()::contains).count();
            long missing = p.cues().numbers().stream().filter(x -> !query.numbers().contains(x)).count();
            long names = query.names().stream().filter(name -> query.named(name, p.words())).count();
            boolean dated = query.date() != null && p.reviewed() != null;
            long days = dated ? ChronoUnit.DAYS.between(p.reviewed(), query.date()) : 0;
            double second = cos2 == null ? c.cosine() : cos2[i];
            double secondMax = cos2 == null ? maxCos : max2;
            out[i] = new double[] {
                    c.cosine(), c.cosine() - maxCos, 1 / (1 + cosRank[i]),
                    maxBm > 0 ? c.bm25() / maxBm : 0, Math.log1p(c.bm25()), 1 / (1 + bmRank[i]),
                    0.6 * cosNorm + 0.4 * bmNorm,
                    rarity.coverage(p.claimTerms(), query.terms()), rarity.coverage(query.terms(), p.cues().terms()),
                    rarity.coverage(p.titleTerms(), query.terms()),
                    Math.min(3, shared), p.cues().numbers().isEmpty() ? 0 : missing / (double) p.cues().numbers().size(),
                    Math.min(4, names), query.names().isEmpty() ? 0 : names / (double) query.names().size(),
                    dated ? 1 : 0, dated && Math.abs(days) <= 60 ? 1 : 0, dated ? Math.log1p(Math.abs(days)) / 5 : 0,
                    dated && days > 0 ? 1 : 0,
                    second, second - secondMax};
        }
        return out;
    }

    /** 0 for the largest value, 1 for the next, ...; ties share the better rank. */
    private static double[] ranks(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            int lo = Arrays.binarySearch(sorted, values[i]);
            while (lo < sorted.length - 1 && sorted[lo + 1] == values[i]) lo++;
            out[i] = sorted.length - 1 - lo;
        }
        return out;
    }
}
