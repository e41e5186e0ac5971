package org.menagerie.check;

/** Fits {@code p = 1 / (1 + exp(-(a s + b)))} to scores and outcomes by Newton's method on the log-loss. */
final class Platt {
    private Platt() {}

    static double[] fit(double[] scores, boolean[] outcomes) {
        double a = 1, b = 0;
        int n = scores.length;
        int pos = 0;
        for (boolean o : outcomes) if (o) pos++;
        // Platt's smoothed targets keep the fit finite when the classes separate.
        double hi = (pos + 1.0) / (pos + 2.0), lo = 1.0 / (n - pos + 2.0);
        for (int it = 0; it < 100; it++) {
            double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
            for (int i = 0; i < n; i++) {
                double p = 1 / (1 + Math.exp(-(a * scores[i] + b)));
                double t = outcomes[i] ? hi : lo;
                double r = p - t, wgt = p * (1 - p);
                ga += r * scores[i];
                gb += r;
                haa += wgt * scores[i] * scores[i];
                hab += wgt * scores[i];
                hbb += wgt;
            }
            double det = haa * hbb - hab * hab;
            if (Math.abs(det) < 1e-12) break;
            double da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) + Math.abs(db) < 1e-9) break;
        }
        return new double[] {a, b};
    }
}
