package org.menagerie.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.menagerie.catalog.Check;
import org.menagerie.text.CheckWorthinessFeatures.Sparse;
import org.menagerie.text.CheckWorthinessModel.Head;

/**
 * Trains the check-worthiness model: logistic regression by AdaGrad, one thread and a seeded shuffle, so the same
 * data and options always give the same weights. The thresholds are chosen on a held-out part of the training data,
 * then both heads are trained again on all of it.
 */
public final class CheckWorthinessTrainer {

    /**
     * @param holdout the share of the training sentences kept aside to choose the thresholds
     */
    public record Options(int epochs, double l2, double learningRate, double holdout, long seed) {
        public Options {
            if (epochs < 1) throw new IllegalArgumentException("epochs must be at least 1: " + epochs);
            if (l2 < 0) throw new IllegalArgumentException("l2 must not be negative: " + l2);
            if (learningRate <= 0) throw new IllegalArgumentException("learningRate must be positive: " + learningRate);
            if (holdout <= 0 || holdout >= 1) throw new IllegalArgumentException("holdout must be in (0, 1): " + holdout);
        }

        public static Options defaults() {
            return new Options(8, 1e-6, 0.1, 0.1, 20240229L);
        }
    }

    /** The model and how each head did on the held-out sentences. */
    public record Result(CheckWorthinessModel model, CheckWorthinessEvaluation englishHoldout,
                         CheckWorthinessEvaluation neutralHoldout) {}

    private CheckWorthinessTrainer() {}

    public static Result train(List<CheckWorthinessExample> examples, Options options) {
        Check.notNull(options, "options");
        List<CheckWorthinessExample> labelled = Check.list(examples, "examples").stream()
                .filter(e -> e.label() != null).toList();
        if (labelled.size() < 10) throw new IllegalArgumentException("examples must hold at least 10 labelled sentences");
        List<Sparse> features = labelled.stream().map(e -> CheckWorthinessFeatures.of(e.text(), "en")).toList();
        boolean[] labels = new boolean[labelled.size()];
        for (int i = 0; i < labels.length; i++) labels[i] = labelled.get(i).label();

        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) order.add(i);
        Collections.shuffle(order, new Random(options.seed()));
        int cut = (int) Math.round(labels.length * options.holdout());
        List<Integer> held = order.subList(0, cut);
        List<Integer> fit = order.subList(cut, order.size());

        CheckWorthinessEvaluation english = choose(fit(features, labels, fit, 0, CheckWorthinessFeatures.DIMENSIONS, options), features, labels, held);
        CheckWorthinessEvaluation neutral = choose(fit(features, labels, fit, CheckWorthinessFeatures.BUCKETS, CheckWorthinessCues.SIZE, options), features, labels, held);

        Head englishHead = fit(features, labels, order, 0, CheckWorthinessFeatures.DIMENSIONS, options).withThreshold(english.threshold());
        Head neutralHead = fit(features, labels, order, CheckWorthinessFeatures.BUCKETS, CheckWorthinessCues.SIZE, options).withThreshold(neutral.threshold());
        String about = String.format(Locale.ROOT, "logistic regression, %d sentences, %d epochs, l2 %s, rate %s, seed %d;"
                        + " held-out F1 (Yes) english %.3f, neutral %.3f", labels.length, options.epochs(), options.l2(),
                options.learningRate(), options.seed(), english.f1(), neutral.f1());
        return new Result(new CheckWorthinessModel(englishHead, neutralHead, about), english, neutral);
    }

    private static CheckWorthinessEvaluation choose(Head head, List<Sparse> features, boolean[] labels, List<Integer> held) {
        double[] scores = new double[held.size()];
        boolean[] truth = new boolean[held.size()];
        for (int k = 0; k < held.size(); k++) {
            scores[k] = head.probability(features.get(held.get(k)));
            truth[k] = labels[held.get(k)];
        }
        return CheckWorthinessEvaluation.best(scores, truth);
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
