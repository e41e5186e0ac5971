package org.menagerie.lab.train;

/**
 * Chooses the confidence at which a match is claimed: the one that maximises F1 of "this candidate is a true match"
 * over held-out candidates, so that claiming trades missed matches against false ones evenly.
 */
final class Threshold {
    private Threshold() {}

    static double bestF1(double[] scores, boolean[] outcomes, double a, double b) {
        int positives = 0;
        for (boolean o : outcomes) if (o) positives++;
        double best = 0.5, bestF1 = -1;
        for (int step = 5; step <= 95; step++) {
            double t = step / 100.0;
            int tp = 0, fp = 0;
            for (int i = 0; i < scores.length; i++) {
                double p = 1 / (1 + Math.exp(-(a * scores[i] + b)));
                if (p >= t) { if (outcomes[i]) tp++; else fp++; }
            }
            double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + (positives - tp));
            if (f1 > bestF1) { bestF1 = f1; best = t; }
        }
        return best;
    }
}
