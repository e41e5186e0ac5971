package org.menagerie.lab.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.menagerie.catalog.Check;
import org.menagerie.dedup.Fingerprint;
import org.menagerie.dedup.Sketch;
import org.menagerie.dedup.Stories;
import org.menagerie.dedup.StoryDecision;
import org.menagerie.dedup.Words;

/**
 * Near-duplicate detection measured against word 3-shingle Jaccard: the true pairs are every pair of texts with
 * Jaccard at or above a level (found exactly, through an inverted index of shingles); the predicted pairs are those
 * de-duplication links as the texts arrive in order (an exact text hash, or SimHash within k bits).
 */
public final class DedupEvaluation {
    /** One pair of texts, the earlier first, with its Jaccard and SimHash distance. */
    public record Pair(int first, int second, double jaccard, int distance) {}

    /**
     * The figures of one run.
     *
     * @param truth08 true pairs at Jaccard >= 0.8
     * @param truth05 true pairs at Jaccard >= 0.5
     * @param recall08 share of truth08 predicted
     * @param recall05 share of truth05 predicted
     * @param precision share of predicted pairs with Jaccard >= 0.5
     * @param storyPrecision share of pairs put in one story (transitively) with Jaccard >= 0.5
     * @param storyPairs pairs put in one story
     * @param millisPerText fingerprinting, looking up and remembering, per text
     */
    public record Result(int texts, int bits, long truth08, long truth05, long predicted, double recall08,
                         double recall05, double precision, long storyPairs, double storyPrecision,
                         double millisPerText, List<Pair> sample) {}

    private DedupEvaluation() {}

    public static Result run(List<String> texts, int bits, int sampleSize, long seed) {
        Check.notNull(texts, "texts");
        int n = texts.size();
        Fingerprint[] fps = new Fingerprint[n];
        Map<Long, Double> truth = truth(texts);
        // Timed: what de-duplication does for each arriving text.
        Stories stories = new Stories(bits);
        Map<Long, List<Integer>> sameText = new HashMap<>();
        Set<Long> predicted = new HashSet<>();
        long[] storyOf = new long[n];
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Fingerprint fp = Fingerprint.of(texts.get(i));
            Sketch sketch = Sketch.of(texts.get(i));
            fps[i] = fp;
            if (fp.words() == 0) continue;
            for (Stories.Match m : stories.matches(fp, sketch)) predicted.add(key((int) m.article() - 1, i));
            for (int j : sameText.getOrDefault(fp.textHash(), List.of())) predicted.add(key(j, i));
            StoryDecision v = stories.judge(null, fp, sketch);
            storyOf[i] = v.isNew() ? i + 1 : v.story();
            stories.remember(i + 1, storyOf[i], null, fp, sketch);
            sameText.computeIfAbsent(fp.textHash(), h -> new ArrayList<>()).add(i);
        }
        double millis = (System.nanoTime() - start) / 1e6 / Math.max(1, n);
        long t08 = truth.values().stream().filter(j -> j >= 0.8).count();
        long t05 = truth.size();
        long hit08 = predicted.stream().filter(p -> truth.getOrDefault(p, 0.0) >= 0.8).count();
        long hit05 = predicted.stream().filter(truth::containsKey).count();
        Map<Long, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < n; i++) if (storyOf[i] != 0) members.computeIfAbsent(storyOf[i], s -> new ArrayList<>()).add(i);
        long storyPairs = 0, storyTrue = 0;
        for (List<Integer> m : members.values()) {
            for (int a = 0; a < m.size(); a++) {
                for (int b = a + 1; b < m.size(); b++) {
                    storyPairs++;
                    if (truth.containsKey(key(m.get(a), m.get(b)))) storyTrue++;
                }
            }
        }
        List<Long> all = new ArrayList<>(predicted);
        all.sort(null);
        java.util.Collections.shuffle(all, new Random(seed));
        List<Pair> sample = new ArrayList<>();
        for (long p : all.subList(0, Math.min(sampleSize, all.size()))) {
            int a = (int) (p >>> 32), b = (int) p;
            sample.add(new Pair(a, b, jaccard(texts.get(a), texts.get(b)), Fingerprint.distance(fps[a].simHash(), fps[b].simHash())));
        }
        return new Result(n, bits, t08, t05, predicted.size(), ratio(hit08, t08), ratio(hit05, t05),
                ratio(hit05, predicted.size()), storyPairs, ratio(storyTrue, storyPairs), millis, sample);
    }

    /** Every pair with Jaccard >= 0.5, exactly: shingles counted in common through their posting lists. */
    static Map<Long, Double> truth(List<String> texts) {
        Map<String, Integer> ids = new HashMap<>();
        int[][] sets = new int[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            Set<String> sh = Words.shingles(texts.get(i));
            sets[i] = sh.stream().mapToInt(s -> ids.computeIfAbsent(s, x -> ids.size())).toArray();
        }
        List<List<Integer>> postings = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) postings.add(new ArrayList<>());
        Map<Long, Double> out = new HashMap<>();
        int[] common = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            List<Integer> touched = new ArrayList<>();
            for (int s : sets[i]) {
                for (int j : postings.get(s)) if (common[j]++ == 0) touched.add(j);
            }
            for (int j : touched) {
                double jac = (double) common[j] / (sets[i].length + sets[j].length - common[j]);
                if (jac >= 0.5) out.put(key(j, i), jac);
                common[j] = 0;
            }
            for (int s : sets[i]) postings.get(s).add(i);
        }
        return out;
    }

    static double jaccard(String a, String b) {
        return Words.jaccard(Words.shingles(a), Words.shingles(b));
    }

    private static long key(int earlier, int later) {
        int a = Math.min(earlier, later), b = Math.max(earlier, later);
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 1 : (double) part / whole;
    }
}
