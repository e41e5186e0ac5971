package org.menagerie.lab.train;

/**
 * Fits {@code p = 1 / (1 + exp(-(a s + b)))} to scores and outcomes: Newton's method on the log-loss with Platt's
 * smoothed targets and a step that halves until the loss falls (Lin, Lin and Weng's safeguard).
 */
final class Platt {
    private Platt() {}

    static double[] fit(double[] scores, boolean[] outcomes) {
        int n = scores.length, pos = 0;
        for (boolean o : outcomes) if (o) pos++;
        double hi = (pos + 1.0) / (pos + 2.0), lo = 1.0 / (n - pos + 2.0);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) t[i] = outcomes[i] ? hi : lo;
        double a = 0, b = Math.log((pos + 1.0) / (n - pos + 1.0));
        double loss = loss(scores, t, a, b);
        for (int it = 0; it < 100; it++) {
            double ga = 0, gb = 0, haa = 1e-12, hab = 0, hbb = 1e-12;
            for (int i = 0; i < n; i++) {
                double p = sigmoid(a * scores[i] + b);
                double r = p - t[i], w = p * (1 - p);
                ga += r * scores[i];
                gb += r;
                haa += w * scores[i] * scores[i];
                hab += w * scores[i];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det;
            double step = 1;
            while (step > 1e-8) {
                double na = a - step * da, nb = b - step * db, nl = loss(scores, t, na, nb);
                if (nl < loss) {
                    a = na;
                    b = nb;
                    loss = nl;
                    break;
                }
                step /= 2;
            }
            if (step <= 1e-8 || Math.abs(step * da) + Math.abs(step * db) < 1e-10) break;
        }
        return new double[] {a, b};
    }

    private static double loss(double[] s, double[] t, double a, double b) {
        double l = 0;
        for (int i = 0; i < s.length; i++) {
            double z = a * s[i] + b;
            // log(1 + e^z) - t z, written to stay finite for large |z|
            l += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - t[i] * z;
        }
        return l;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
