package org.menagerie.lab.train;

import java.util.List;
import org.menagerie.check.Features;
import org.menagerie.check.MatcherModel;

/**
 * Fits the linear re-ranker by a listwise objective: for each training query, the softmax of the scores over its
 * candidate pool should put its mass on the relevant cases. Full-batch gradient descent with Adam and an L2 penalty;
 * deterministic, so that the shipped model can be rebuilt exactly.
 */
final class ListwiseTrainer {
    /** One training query: its pool's feature rows and which rows are relevant. */
    record Pool(double[][] x, boolean[] relevant) {}

    private ListwiseTrainer() {}

    /** @param frozen features whose weight stays 0, to train without them */
    static MatcherModel fit(List<Pool> pools, double l2, int epochs, String secondModel, java.util.Set<String> frozen) {
        int d = Features.NAMES.size();
        double[] mean = new double[d], scale = new double[d];
        int rows = 0;
        for (Pool p : pools) for (double[] x : p.x()) { rows++; for (int j = 0; j < d; j++) mean[j] += x[j]; }
        for (int j = 0; j < d; j++) mean[j] /= Math.max(1, rows);
        for (Pool p : pools) for (double[] x : p.x()) for (int j = 0; j < d; j++) scale[j] += (x[j] - mean[j]) * (x[j] - mean[j]);
        for (int j = 0; j < d; j++) {
            scale[j] = Math.sqrt(scale[j] / Math.max(1, rows));
            if (scale[j] < 1e-9) scale[j] = 1;
        }
        List<double[][]> zs = new java.util.ArrayList<>(pools.size());
        for (Pool p : pools) {
            double[][] z = new double[p.x().length][d];
            for (int i = 0; i < z.length; i++) for (int j = 0; j < d; j++) z[i][j] = (p.x()[i][j] - mean[j]) / scale[j];
            zs.add(z);
        }
        double[] w = new double[d], m = new double[d], v = new double[d];
        double lr = 0.05, b1 = 0.9, b2 = 0.999;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            double[] grad = new double[d];
            int used = 0;
            for (int k = 0; k < pools.size(); k++) {
                Pool p = pools.get(k);
                int n = p.x().length;
                double[][] z = zs.get(k);
                double[] s = new double[n];
                double max = Double.NEGATIVE_INFINITY;
                int positives = 0;
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < d; j++) s[i] += w[j] * z[i][j];
                    max = Math.max(max, s[i]);
                    if (p.relevant()[i]) positives++;
                }
                if (positives == 0) continue;
                used++;
                double sum = 0;
                for (int i = 0; i < n; i++) sum += Math.exp(s[i] - max);
                for (int i = 0; i < n; i++) {
                    double prob = Math.exp(s[i] - max) / sum;
                    double target = p.relevant()[i] ? 1.0 / positives : 0;
                    for (int j = 0; j < d; j++) grad[j] += (prob - target) * z[i][j];
                }
            }
            for (int j = 0; j < d; j++) {
                double g = grad[j] / Math.max(1, used) + l2 * w[j];
                m[j] = b1 * m[j] + (1 - b1) * g;
                v[j] = b2 * v[j] + (1 - b2) * g * g;
                double mh = m[j] / (1 - Math.pow(b1, epoch)), vh = v[j] / (1 - Math.pow(b2, epoch));
                w[j] -= lr * mh / (Math.sqrt(vh) + 1e-8);
                if (frozen.contains(Features.NAMES.get(j))) w[j] = 0;
            }
        }
        return new MatcherModel(Features.NAMES, mean, scale, w, 1, 0, 0.5, secondModel, "");
    }
}
