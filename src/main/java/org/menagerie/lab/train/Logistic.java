package org.menagerie.lab.train;

import java.util.List;
import org.menagerie.alert.AlertModel;
import org.menagerie.alert.Signals;

/**
 * Fits an L2-regularised logistic regression on standardised signals by full-batch gradient descent: a few thousand
 * examples of a few dozen signals, so simple and deterministic beats clever.
 */
final class Logistic {
    private static final int ITERATIONS = 3_000;
    private static final double RATE = 0.5;

    private Logistic() {}

    /** A fitted model with placeholder thresholds (0.5, 0.5), to be chosen afterwards. */
    static AlertModel fit(List<double[]> x, List<Boolean> y, double l2, String notes) {
        if (x.isEmpty() || x.size() != y.size()) throw new IllegalArgumentException("x and y must be non-empty and of one size");
        int n = x.size(), d = x.get(0).length;
        double[] mean = new double[d], scale = new double[d];
        for (double[] row : x) for (int j = 0; j < d; j++) mean[j] += row[j] / n;
        for (double[] row : x) for (int j = 0; j < d; j++) scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
        for (int j = 0; j < d; j++) scale[j] = scale[j] < 1e-12 ? 1 : Math.sqrt(scale[j]);
        double[][] z = new double[n][d];
        for (int i = 0; i < n; i++) for (int j = 0; j < d; j++) z[i][j] = (x.get(i)[j] - mean[j]) / scale[j];
        double[] w = new double[d];
        double b = 0;
        for (int it = 0; it < ITERATIONS; it++) {
            double[] gw = new double[d];
            double gb = 0;
            for (int i = 0; i < n; i++) {
                double s = b;
                for (int j = 0; j < d; j++) s += w[j] * z[i][j];
                double err = 1 / (1 + Math.exp(-s)) - (y.get(i) ? 1 : 0);
                for (int j = 0; j < d; j++) gw[j] += err * z[i][j] / n;
                gb += err / n;
            }
            for (int j = 0; j < d; j++) w[j] -= RATE * (gw[j] + l2 * w[j]);
            b -= RATE * gb;
        }
        return new AlertModel(Signals.NAMES, mean, scale, w, b, 0.5, 0.5, 2, notes);
    }
}
