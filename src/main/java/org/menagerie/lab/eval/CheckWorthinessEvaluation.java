package org.menagerie.lab.eval;

import java.util.Arrays;
import java.util.Comparator;

/** Precision, recall and F1 of the Yes class at one threshold. */
public record CheckWorthinessEvaluation(int truePositives, int falsePositives, int falseNegatives, int trueNegatives,
                                        double threshold) {

    public static CheckWorthinessEvaluation at(double[] scores, boolean[] labels, double threshold) {
        if (scores.length != labels.length) throw new IllegalArgumentException("scores and labels differ in length");
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean yes = scores[i] >= threshold;
            if (yes && labels[i]) tp++;
            else if (yes) fp++;
            else if (labels[i]) fn++;
            else tn++;
        }
        return new CheckWorthinessEvaluation(tp, fp, fn, tn, threshold);
    }

    /** The threshold with the best F1 (midway between neighbouring scores, so it generalises a little better). */
    public static CheckWorthinessEvaluation best(double[] scores, boolean[] labels) {
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        int positives = 0;
        for (boolean l : labels) if (l) positives++;
        int tp = 0;
        double bestF1 = -1, bestThreshold = 0.5;
        for (int k = 0; k < order.length; k++) {
            if (labels[order[k]]) tp++;
            if (k + 1 < order.length && scores[order[k + 1]] == scores[order[k]]) continue;
            double f1 = 2.0 * tp / (k + 1 + positives);
            if (f1 > bestF1) {
                bestF1 = f1;
                bestThreshold = k + 1 < order.length ? (scores[order[k]] + scores[order[k + 1]]) / 2 : scores[order[k]];
            }
        }
        return at(scores, labels, bestThreshold);
    }

    /** A 95% percentile-bootstrap interval of the Yes class's F1, from resampling the sentences. */
    public record Interval(double low, double high) {}

    /**
     * @param predicted each sentence's yes/no
     * @param samples   how many resamples (1,000 is usual)
     */
    public static Interval f1Interval(boolean[] predicted, boolean[] labels, int samples, long seed) {
        if (predicted.length != labels.length) throw new IllegalArgumentException("predicted and labels differ in length");
        if (samples < 10) throw new IllegalArgumentException("samples must be at least 10: " + samples);
        java.util.Random random = new java.util.Random(seed);
        double[] f1 = new double[samples];
        int n = labels.length;
        for (int s = 0; s < samples; s++) {
            int tp = 0, wrong = 0;
            for (int k = 0; k < n; k++) {
                int i = random.nextInt(n);
                if (predicted[i] && labels[i]) tp++;
                else if (predicted[i] || labels[i]) wrong++;
            }
            f1[s] = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + wrong);
        }
        Arrays.sort(f1);
        return new Interval(f1[(int) Math.floor(0.025 * (samples - 1))], f1[(int) Math.ceil(0.975 * (samples - 1))]);
    }

    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
        int actual = truePositives + falseNegatives;
        return actual == 0 ? 0 : (double) truePositives / actual;
    }

    public double f1() {
        int denominator = 2 * truePositives + falsePositives + falseNegatives;
        return denominator == 0 ? 0 : 2.0 * truePositives / denominator;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (%stp=%d fp=%d fn=%d tn=%d)",
                precision(), recall(), f1(), Double.isNaN(threshold) ? "" : String.format(java.util.Locale.ROOT, "threshold %.3f; ", threshold), truePositives, falsePositives, falseNegatives, trueNegatives);
    }
}
