package org.menagerie.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.menagerie.catalog.Case;
import org.menagerie.embedding.Embedder;

/**
 * Measures where the vector floor of search belongs (a test-scope main, not a test): the cosine between short
 * search-like queries and the case they were taken from, against the best cosine that nonsense queries reach over the
 * same cases. Queries: 2-3 consecutive words of a real title (as {@code SearchBench} makes them); nonsense: random
 * letter strings of 4-10 letters, one to three of them.
 */
public final class VectorFloorMeasure {
    public static void main(String[] args) {
        List<Case> cases = new ArrayList<>(RealCases.euvsdisinfo().subList(0, 1400));
        cases.addAll(RealCases.rofact());
        Embedder e5 = Embedder.e5Small();
        List<float[]> passages = e5.passages(cases.stream().map(CaseDocument::passage).toList());
        Random random = new Random(7);
        List<String> queries = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int c = random.nextInt(cases.size());
            String[] words = cases.get(c).title().split("\\s+");
            if (words.length < 3) continue;
            int n = 2 + random.nextInt(2), at = random.nextInt(words.length - n + 1);
            queries.add(String.join(" ", Arrays.copyOfRange(words, at, at + n)));
            sources.add(c);
        }
        List<float[]> qv = e5.queries(queries);
        double[] own = new double[queries.size()];
        for (int i = 0; i < own.length; i++) own[i] = Embedder.dot(qv.get(i), passages.get(sources.get(i)));
        List<String> nonsense = new ArrayList<>(List.of("zzzqqq", "asdfgh", "qwerty uiop", "xkcd zzz"));
        for (int i = 0; i < 200; i++) {
            StringBuilder q = new StringBuilder();
            for (int w = 0, words = 1 + random.nextInt(3); w < words; w++) {
                if (w > 0) q.append(' ');
                for (int l = 0, len = 4 + random.nextInt(7); l < len; l++) q.append((char) ('a' + random.nextInt(26)));
            }
            nonsense.add(q.toString());
        }
        double[] best = new double[nonsense.size()];
        List<float[]> nv = e5.queries(nonsense);
        for (int i = 0; i < best.length; i++) {
            double b = -1;
            for (float[] p : passages) b = Math.max(b, Embedder.dot(nv.get(i), p));
            best[i] = b;
        }
        Arrays.sort(own);
        Arrays.sort(best);
        System.out.printf("%d cases; %d title-phrase queries, cosine with their own case: p5 %.3f p10 %.3f p25 %.3f p50 %.3f%n",
                cases.size(), own.length, pct(own, 5), pct(own, 10), pct(own, 25), pct(own, 50));
        System.out.printf("%d nonsense queries, best cosine over all cases: p50 %.3f p90 %.3f p99 %.3f max %.3f (zzzqqq %.3f)%n",
                best.length, pct(best, 50), pct(best, 90), pct(best, 99), best[best.length - 1], bestOf(e5, "zzzqqq", passages));
        for (int step = 0; step <= 8; step++) {
            double f = 0.78 + step * 0.01;
            double ownAbove = Arrays.stream(own).filter(x -> x >= f - 1e-9).count() / (double) own.length;
            double nonsenseAbove = Arrays.stream(best).filter(x -> x >= f - 1e-9).count() / (double) best.length;
            System.out.printf("floor %.2f: own case above %.1f%%, nonsense reaching it %.1f%%%n", f, 100 * ownAbove, 100 * nonsenseAbove);
        }
    }

    private static double bestOf(Embedder e5, String q, List<float[]> passages) {
        float[] v = e5.query(q);
        double b = -1;
        for (float[] p : passages) b = Math.max(b, Embedder.dot(v, p));
        return b;
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p / 100.0))];
    }
}
