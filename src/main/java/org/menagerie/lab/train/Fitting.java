package org.menagerie.lab.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.menagerie.alert.AlertModel;
import org.menagerie.alert.Level;
import org.menagerie.lab.eval.AlertScores;

/**
 * Fits the {@link AlertModel} on labelled proposals and chooses its two thresholds on out-of-fold probabilities
 * (folds by tweet), so that the thresholds see the model as it behaves on items it was not fitted on.
 */
public final class Fitting {
    static final int FOLDS = 5;

    /**
     * @param model the model fitted on every example, with its chosen thresholds
     * @param outOfFold the out-of-fold rows the thresholds were chosen on
     * @param report what was tried and chosen, line by line
     */
    public record Result(AlertModel model, List<AlertScores.Row> outOfFold, List<String> report) {}

    private Fitting() {}

    /**
     * @param gold per round item id, the gold case ids the catalog holds (items without any included, as empty sets)
     * @param matchedPrecision the precision the matched threshold must reach on the out-of-fold rows
     * @param suggestedRecall the recall the suggestion threshold must keep
     */
    public static Result fit(List<Training.Example> examples, Map<String, Set<String>> gold, double l2,
                             double matchedPrecision, double suggestedRecall, String notes) {
        double[] oof = new double[examples.size()];
        for (int k = 0; k < FOLDS; k++) {
            List<double[]> x = new ArrayList<>();
            List<Boolean> y = new ArrayList<>();
            for (Training.Example e : examples) {
                if (fold(e) != k) { x.add(e.signals()); y.add(e.right()); }
            }
            AlertModel m = Logistic.fit(x, y, l2, "fold");
            for (int i = 0; i < examples.size(); i++) {
                if (fold(examples.get(i)) == k) oof[i] = m.probability(examples.get(i).signals());
            }
        }
        List<AlertScores.Row> rows = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            rows.add(new AlertScores.Row(examples.get(i).itemId(), examples.get(i).caseId(), oof[i], Level.MATCHED));
        }
        List<String> report = new ArrayList<>();
        double matched = 0.99, suggested = -1, ceiling = 0;
        double[] recall = new double[100];
        for (int step = 99; step >= 1; step--) {
            double t = step / 100.0;
            AlertScores.Score s = AlertScores.at(Level.MATCHED, above(rows, t), gold);
            report.add(String.format(Locale.ROOT, "t=%.2f precision %.3f recall %.3f", t, s.precision(), s.recall()));
            if (s.precision() >= matchedPrecision && s.alerted() > 0) matched = t;
            if (s.recall() >= suggestedRecall && suggested < 0) suggested = t;
            recall[step] = s.recall();
            ceiling = Math.max(ceiling, s.recall());
        }
        if (suggested < 0) {
            // the proposals cannot reach the recall asked for: take the highest threshold within 0.01 of their ceiling
            for (int step = 99; step >= 1 && suggested < 0; step--) if (recall[step] >= ceiling - 0.01) suggested = step / 100.0;
            report.add(String.format(Locale.ROOT, "recall %.2f is out of reach (ceiling %.3f): suggested at %.2f",
                    suggestedRecall, ceiling, suggested));
        }
        if (suggested > matched) suggested = matched;
        List<double[]> x = examples.stream().map(Training.Example::signals).toList();
        List<Boolean> y = examples.stream().map(Training.Example::right).toList();
        String chosen = String.format(Locale.ROOT, "%s; l2=%s; %d proposals of %d items; thresholds on %d-fold out-of-fold "
                        + "probabilities: matched = lowest with item precision >= %.2f (%.2f), suggested = highest with "
                        + "item recall >= %.2f (%.2f)", notes, l2, examples.size(), gold.size(), FOLDS, matchedPrecision,
                matched, suggestedRecall, suggested);
        AlertModel model = Logistic.fit(x, y, l2, chosen).withThresholds(suggested, matched, chosen);
        List<AlertScores.Row> leveled = new ArrayList<>();
        for (AlertScores.Row r : rows) {
            Level level = model.level(r.confidence());
            if (level != Level.NONE) leveled.add(new AlertScores.Row(r.itemId(), r.caseId(), r.confidence(), level));
        }
        return new Result(model, leveled, report);
    }

    private static List<AlertScores.Row> above(List<AlertScores.Row> rows, double t) {
        return rows.stream().filter(r -> r.confidence() >= t).toList();
    }

    private static int fold(Training.Example e) {
        return Math.floorMod(e.group().hashCode() * 31 + 7, FOLDS);
    }

    /** Gold sets keyed by round item id. */
    static Map<String, Set<String>> byRound(String round, Map<String, Set<String>> gold) {
        Map<String, Set<String>> out = new HashMap<>();
        gold.forEach((k, v) -> out.put(round + k, v));
        return out;
    }
}
