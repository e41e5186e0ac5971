package org.menagerie.lab.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.menagerie.catalog.Check;
import org.menagerie.lab.eval.CheckWorthinessEvaluation;
import org.menagerie.lab.eval.CheckWorthinessExample;
import org.menagerie.text.CheckWorthinessCues;
import org.menagerie.text.CheckWorthinessFeatures;
import org.menagerie.text.CheckWorthinessFeatures.Sparse;
import org.menagerie.text.CheckWorthinessModel;
import org.menagerie.text.CheckWorthinessModel.Head;
import org.menagerie.text.CheckWorthinessModel.Second;

/**
 * Trains the check-worthiness model: logistic regressions by AdaGrad, one thread and seeded shuffles, so the same
 * data, vectors and options always give the same weights. Every choice (each head's threshold, the gate of the second
 * pass) is made on out-of-fold scores of a k-fold cross-validation over the training sentences, never on a dev set;
 * the heads shipped are then trained on all of them. The second pass reads the first pass's out-of-fold log-odds
 * (stacking), so it learns how far to trust a first pass that has not seen the sentence.
 */
public final class CheckWorthinessTrainer {

    /**
     * @param folds      the k of the cross-validation
     * @param gateRecall the share of check-worthy training sentences the first pass must send on to the second
     */
    public record Options(int epochs, double l2, double learningRate, int folds, double gateRecall, long seed) {
        public Options {
            if (epochs < 1) throw new IllegalArgumentException("epochs must be at least 1: " + epochs);
            if (l2 < 0) throw new IllegalArgumentException("l2 must not be negative: " + l2);
            if (learningRate <= 0) throw new IllegalArgumentException("learningRate must be positive: " + learningRate);
            if (folds < 2) throw new IllegalArgumentException("folds must be at least 2: " + folds);
            if (gateRecall <= 0 || gateRecall > 1) throw new IllegalArgumentException("gateRecall must be in (0, 1]: " + gateRecall);
        }

        public static Options defaults() {
            return new Options(8, 1e-6, 0.1, 5, 0.98, 20240229L);
        }
    }

    /**
     * The model and how each path did in cross-validation: pooled out-of-fold scores at the threshold chosen on them.
     * The two-pass figures are null for a model trained without vectors.
     */
    public record Result(CheckWorthinessModel model, CheckWorthinessEvaluation englishFirst,
                         CheckWorthinessEvaluation neutralFirst, CheckWorthinessEvaluation english,
                         CheckWorthinessEvaluation neutral) {}

    private CheckWorthinessTrainer() {}

    /**
     * @param vectors each example's e5 query vector, in the order of {@code examples}; null trains the first pass only
     */
    public static Result train(List<CheckWorthinessExample> examples, float[][] vectors, Options options) {
        Check.notNull(options, "options");
        Check.list(examples, "examples");
        if (vectors != null && vectors.length != examples.size()) {
            throw new IllegalArgumentException("vectors must hold one vector per example: " + vectors.length + " for " + examples.size());
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) if (examples.get(i).label() != null) kept.add(i);
        if (kept.size() < 10 * options.folds()) {
            throw new IllegalArgumentException("examples must hold at least " + 10 * options.folds() + " labelled sentences");
        }
        int n = kept.size();
        List<Sparse> lexical = new ArrayList<>(n);
        float[][] cues = new float[n][];
        boolean[] labels = new boolean[n];
        for (int k = 0; k < n; k++) {
            CheckWorthinessExample e = examples.get(kept.get(k));
            lexical.add(CheckWorthinessFeatures.of(e.text(), "en"));
            cues[k] = CheckWorthinessCues.of(e.text(), "en");
            labels[k] = e.label();
        }
        List<List<Integer>> folds = folds(n, options);
        double[] englishOut = outOfFold(lexical, labels, folds, 0, CheckWorthinessFeatures.DIMENSIONS, options);
        double[] neutralOut = outOfFold(lexical, labels, folds, CheckWorthinessFeatures.BUCKETS, CheckWorthinessCues.SIZE, options);
        CheckWorthinessEvaluation englishFirst = CheckWorthinessEvaluation.best(englishOut, labels);
        CheckWorthinessEvaluation neutralFirst = CheckWorthinessEvaluation.best(neutralOut, labels);
        List<Integer> all = range(n);
        Head english = fit(lexical, labels, all, 0, CheckWorthinessFeatures.DIMENSIONS, options).withThreshold(englishFirst.threshold());
        Head neutral = fit(lexical, labels, all, CheckWorthinessFeatures.BUCKETS, CheckWorthinessCues.SIZE, options).withThreshold(neutralFirst.threshold());
        String about = String.format(Locale.ROOT, "logistic regression, %d sentences, %d epochs, l2 %s, rate %s, seed %d,"
                        + " %d-fold cross-validation; F1 (Yes) english %.3f, neutral %.3f", n, options.epochs(),
                options.l2(), options.learningRate(), options.seed(), options.folds(), englishFirst.f1(), neutralFirst.f1());
        if (vectors == null) {
            return new Result(new CheckWorthinessModel(english, neutral, about), englishFirst, neutralFirst, null, null);
        }
        List<Sparse> denseEnglish = new ArrayList<>(n);
        List<Sparse> denseNeutral = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            float[] v = Check.notNull(vectors[kept.get(k)], "vectors[" + kept.get(k) + "]");
            denseEnglish.add(CheckWorthinessFeatures.dense(v, cues[k], CheckWorthinessFeatures.logit(englishOut[k])));
            denseNeutral.add(CheckWorthinessFeatures.dense(v, cues[k], Double.NaN));
        }
        Stage en = second(denseEnglish, englishOut, labels, folds, options);
        Stage ne = second(denseNeutral, neutralOut, labels, folds, options);
        about += String.format(Locale.ROOT, "; with e5 vectors: english %.3f, neutral %.3f", en.cv.f1(), ne.cv.f1());
        return new Result(new CheckWorthinessModel(english, neutral, en.second, ne.second, about),
                englishFirst, neutralFirst, en.cv, ne.cv);
    }

    private record Stage(Second second, CheckWorthinessEvaluation cv) {}

    /**
     * The second pass: the gate from the first pass's out-of-fold scores, the out-of-fold scores of the two passes
     * together (a sentence stopped at the gate is never check-worthy), the threshold chosen on them.
     */
    private static Stage second(List<Sparse> dense, double[] first, boolean[] labels, List<List<Integer>> folds,
                                Options options) {
        float gate = gate(first, labels, options.gateRecall());
        int size = dense.get(0).index().length;
        double[] out = outOfFold(dense, labels, folds, 0, size, options);
        for (int i = 0; i < out.length; i++) if (first[i] < gate) out[i] = 0;
        CheckWorthinessEvaluation cv = CheckWorthinessEvaluation.best(out, labels);
        Head head = fit(dense, labels, range(labels.length), 0, size, options).withThreshold(cv.threshold());
        return new Stage(new Second(head, gate), cv);
    }

    /** The highest first-pass score that still lets {@code recall} of the check-worthy sentences through. */
    static float gate(double[] first, boolean[] labels, double recall) {
        List<Double> yes = new ArrayList<>();
        for (int i = 0; i < first.length; i++) if (labels[i]) yes.add(first[i]);
        if (yes.isEmpty() || recall >= 1) return 0;
        Collections.sort(yes);
        int drop = (int) Math.floor(yes.size() * (1 - recall));
        return (float) Math.max(0, Math.nextDown(yes.get(drop).floatValue()));
    }

    /** Folds from one seeded shuffle: fold f holds every k-th sentence of it, starting at f. */
    private static List<List<Integer>> folds(int n, Options options) {
        List<Integer> order = range(n);
        Collections.shuffle(order, new Random(options.seed()));
        List<List<Integer>> folds = new ArrayList<>();
        for (int f = 0; f < options.folds(); f++) folds.add(new ArrayList<>());
        for (int i = 0; i < n; i++) folds.get(i % options.folds()).add(order.get(i));
        return folds;
    }

    /** Each sentence's probability from a head trained on the other folds. */
    private static double[] outOfFold(List<Sparse> features, boolean[] labels, List<List<Integer>> folds, int offset,
                                      int size, Options options) {
        double[] out = new double[labels.length];
        for (int f = 0; f < folds.size(); f++) {
            List<Integer> rows = new ArrayList<>();
            for (int g = 0; g < folds.size(); g++) if (g != f) rows.addAll(folds.get(g));
            Collections.sort(rows);
            Head head = fit(features, labels, rows, offset, size, options);
            for (int i : folds.get(f)) out[i] = head.probability(features.get(i));
        }
        return out;
    }

    private static List<Integer> range(int n) {
        List<Integer> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) all.add(i);
        return all;
    }

    /**
     * AdaGrad on the log loss, with L2 applied to the weights a sentence touches; the weights returned are the
     * average over all steps (kept lazily: {@code sums} gathers step-weighted updates), which generalises better
     * than the last ones.
     */
    static Head fit(List<Sparse> features, boolean[] labels, List<Integer> rows, int offset, int size, Options o) {
        float[] w = new float[size];
        float[] squares = new float[size];
        float[] sums = new float[size];
        double bias = 0, biasSquares = 0, biasSum = 0;
        long step = 1;
        Random random = new Random(o.seed());
        List<Integer> order = new ArrayList<>(rows);
        for (int epoch = 0; epoch < o.epochs(); epoch++) {
            Collections.shuffle(order, random);
            for (int row : order) {
                Sparse x = features.get(row);
                double z = bias;
                for (int k = 0; k < x.index().length; k++) {
                    int i = x.index()[k] - offset;
                    if (i >= 0 && i < size) z += w[i] * x.value()[k];
                }
                double p = 1 / (1 + Math.exp(-z));
                double g = p - (labels[row] ? 1 : 0);
                for (int k = 0; k < x.index().length; k++) {
                    int i = x.index()[k] - offset;
                    if (i < 0 || i >= size) continue;
                    double grad = g * x.value()[k] + o.l2() * w[i];
                    squares[i] += (float) (grad * grad);
                    float delta = (float) (o.learningRate() * grad / Math.sqrt(squares[i] + 1e-8));
                    w[i] -= delta;
                    sums[i] -= step * delta;
                }
                biasSquares += g * g;
                double delta = o.learningRate() * g / Math.sqrt(biasSquares + 1e-8);
                bias -= delta;
                biasSum -= step * delta;
                step++;
            }
        }
        float[] average = new float[size];
        for (int i = 0; i < size; i++) average[i] = (float) (w[i] - sums[i] / (double) step);
        return new Head(average, (float) (bias - biasSum / step), offset, 0.5f);
    }
}
