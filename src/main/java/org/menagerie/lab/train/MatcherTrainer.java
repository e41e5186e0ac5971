package org.menagerie.lab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.menagerie.catalog.Check;
import org.menagerie.check.Features;
import org.menagerie.check.Matcher;
import org.menagerie.check.MatcherModel;

/**
 * Trains the re-ranker on queries with known matches. The L2 strength is chosen by k-fold cross-validation on the
 * training queries (MAP@5 of the held-out folds); the Platt curve and the claim threshold are fitted on the
 * held-out scores of the chosen setting, so no query scores itself; the final weights use every training query.
 */
public final class MatcherTrainer {
    /** A training query: its text, its vectors (from the cleaned text), and the ids of the cases it matches. */
    public record Example(String id, String text, float[] vector, float[] secondVector, Set<String> relevant) {
        public Example {
            Check.notBlank(id, "id");
            Check.notNull(text, "text");
            Check.notNull(vector, "vector");
            relevant = Set.copyOf(Check.notNull(relevant, "relevant"));
        }
    }

    /** The trained model and what cross-validation measured on the way. */
    public record Result(MatcherModel model, double l2, double crossValidatedMap5, double pooledRecall, String log) {}

    private static final double[] L2 = {1e-4, 1e-3, 1e-2, 1e-1};
    private static final int EPOCHS = 400;

    private MatcherTrainer() {}

    /** @param featureMatcher a matcher over the training collection; its own model is ignored */
    public static Result train(Matcher featureMatcher, List<Example> examples, int folds, String notes) {
        return train(featureMatcher, examples, folds, Set.of(), notes);
    }

    /** @param without names of {@link #features()} to leave out (their weights stay 0) */
    public static Result train(Matcher featureMatcher, List<Example> examples, int folds, Set<String> without, String notes) {
        for (String f : without) if (!Features.NAMES.contains(f)) throw new IllegalArgumentException("without: no feature " + f + " in " + Features.NAMES);
        if (folds < 2) throw new IllegalArgumentException("folds must be 2 or more: " + folds);
        List<ListwiseTrainer.Pool> pools = new ArrayList<>();
        int found = 0;
        for (Example e : examples) {
            Matcher.Scored s = featureMatcher.score(e.text(), null, e.vector(), e.secondVector());
            boolean[] rel = new boolean[s.pool().size()];
            boolean any = false;
            for (int i = 0; i < rel.length; i++) any |= rel[i] = e.relevant().contains(s.pool().get(i).caseId());
            if (any) found++;
            pools.add(new ListwiseTrainer.Pool(s.features(), rel));
        }
        String second = featureMatcher.secondModelName();
        StringBuilder log = new StringBuilder();
        double bestMap = -1, bestL2 = L2[0];
        double[] bestScores = null;
        for (double l2 : L2) {
            double[][] held = new double[pools.size()][];
            for (int f = 0; f < folds; f++) {
                List<ListwiseTrainer.Pool> fit = new ArrayList<>();
                for (int i = 0; i < pools.size(); i++) if (i % folds != f) fit.add(pools.get(i));
                MatcherModel m = ListwiseTrainer.fit(fit, l2, EPOCHS, second, without);
                for (int i = f; i < pools.size(); i += folds) held[i] = scores(m, pools.get(i));
            }
            double map = 0;
            for (int i = 0; i < pools.size(); i++) map += map5(held[i], pools.get(i).relevant(), examples.get(i).relevant().size());
            map /= Math.max(1, pools.size());
            log.append(String.format(Locale.ROOT, "l2=%g cv MAP@5=%.4f%n", l2, map));
            if (map > bestMap) {
                bestMap = map;
                bestL2 = l2;
                bestScores = flatten(held);
            }
        }
        MatcherModel model = ListwiseTrainer.fit(pools, bestL2, EPOCHS, second, without);
        boolean[] outcomes = flattenLabels(pools);
        double[] platt = Platt.fit(bestScores, outcomes);
        double threshold = Threshold.bestF1(bestScores, outcomes, platt[0], platt[1]);
        double recall = found / (double) Math.max(1, examples.size());
        log.append(String.format(Locale.ROOT, "chosen l2=%g; pool recall %.4f; platt a=%.4f b=%.4f; threshold %.3f%n",
                bestL2, recall, platt[0], platt[1], threshold));
        return new Result(model.withCalibration(platt[0], platt[1], threshold, notes + "; " + log.toString().strip().replace('\n', ' ')),
                bestL2, bestMap, recall, log.toString());
    }

    /** The re-ranker's feature names, in order. */
    public static List<String> features() {
        return Features.NAMES;
    }

    private static double[] scores(MatcherModel m, ListwiseTrainer.Pool p) {
        double[] s = new double[p.x().length];
        for (int i = 0; i < s.length; i++) s[i] = m.score(p.x()[i]);
        return s;
    }

    /** MAP@5 of one pool ranked by the given scores; relevant cases outside the pool count as misses. */
    static double map5(double[] scores, boolean[] relevant, int totalRelevant) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        double sum = 0;
        int hits = 0;
        for (int r = 0; r < Math.min(5, order.length); r++) {
            if (relevant[order[r]]) sum += ++hits / (double) (r + 1);
        }
        return totalRelevant == 0 ? 0 : sum / totalRelevant;
    }

    private static double[] flatten(double[][] rows) {
        return java.util.Arrays.stream(rows).flatMapToDouble(java.util.Arrays::stream).toArray();
    }

    private static boolean[] flattenLabels(List<ListwiseTrainer.Pool> pools) {
        int n = pools.stream().mapToInt(p -> p.relevant().length).sum();
        boolean[] out = new boolean[n];
        int k = 0;
        for (ListwiseTrainer.Pool p : pools) for (boolean b : p.relevant()) out[k++] = b;
        return out;
    }
}
