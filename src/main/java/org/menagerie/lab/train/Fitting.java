package org.menagerie.lab.train;

import org.menagerie.alert.Signals;
import org.menagerie.alert.Relation;
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
 * Fits the {@link AlertModel} on labelled proposals and chooses its thresholds on out-of-fold probabilities (folds by
 * tweet), so that the thresholds see the model as it behaves on items it was not fitted on: the matched threshold for
 * precision, the suggestion threshold for recall, and the {@link Stance} cut that keeps the most matched recall.
 */
public final class Fitting {
    static final int FOLDS = 5;
    /** The stance cuts tried; the last is "never discusses". */
    static final double[] CUTS = {1, 1.5, 2, 2.5, 3, 99};

    /**
     * @param model the model fitted on every example, with its chosen thresholds
     * @param outOfFold the out-of-fold rows the thresholds were chosen on (at levels suggested and matched)
     * @param coverage the share of items with a gold case whose gold case is among their proposals
     * @param report what was tried and chosen, line by line
     */
    public record Result(AlertModel model, List<AlertScores.Row> outOfFold, double coverage, List<String> report) {}

    private record Choice(double cut, double matched, double suggested, AlertScores.Score atMatched) {}

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
        List<String> report = new ArrayList<>();
        List<AlertScores.Row> proposed = rows(examples, oof, 99);
        double coverage = AlertScores.coverage(proposed, gold);
        report.add(String.format(Locale.ROOT, "proposal coverage %.3f of %d gold items", coverage,
                gold.values().stream().filter(s -> !s.isEmpty()).count()));
        Choice best = null;
        for (double cut : CUTS) {
            Choice c = choose(rows(examples, oof, cut), gold, matchedPrecision, suggestedRecall, cut, report);
            if (best == null || c.atMatched().recall() > best.atMatched().recall() + 1e-9
                    || (c.atMatched().recall() > best.atMatched().recall() - 1e-9 && c.atMatched().precision() > best.atMatched().precision())) {
                best = c;
            }
        }
        report.add(String.format(Locale.ROOT, "chosen: discusses at %.1f points, matched >= %.2f, suggested >= %.2f",
                best.cut(), best.matched(), best.suggested()));
        List<double[]> x = examples.stream().map(Training.Example::signals).toList();
        List<Boolean> y = examples.stream().map(Training.Example::right).toList();
        String chosen = String.format(Locale.ROOT, "%s; l2=%s; %d proposals of %d items; thresholds on %d-fold out-of-fold "
                        + "probabilities: matched = lowest with item precision >= %.2f (%.2f), suggested = highest with "
                        + "item recall >= %.2f or within 0.02 of the reachable (%.2f), discusses = the stance cut keeping the most matched recall (%.1f)",
                notes, l2, examples.size(), gold.size(), FOLDS, matchedPrecision, best.matched(), suggestedRecall,
                best.suggested(), best.cut());
        AlertModel model = Logistic.fit(x, y, l2, chosen).withThresholds(best.suggested(), best.matched(), best.cut(), chosen);
        List<AlertScores.Row> leveled = new ArrayList<>();
        for (AlertScores.Row r : rows(examples, oof, best.cut())) {
            Level level = model.level(r.confidence());
            if (level != Level.NONE) leveled.add(new AlertScores.Row(r.itemId(), r.caseId(), r.confidence(), level, r.relation()));
        }
        return new Result(model, leveled, coverage, report);
    }

    private static Choice choose(List<AlertScores.Row> rows, Map<String, Set<String>> gold, double matchedPrecision,
                                 double suggestedRecall, double cut, List<String> report) {
        double matched = 0.99, suggested = -1, ceiling = 0;
        double[] recall = new double[100];
        for (int step = 99; step >= 1; step--) {
            double t = step / 100.0;
            AlertScores.Score s = AlertScores.at(Level.MATCHED, above(rows, t), gold);
            if (s.precision() >= matchedPrecision && s.alerted() > 0) matched = t;
            if (s.recall() >= suggestedRecall && suggested < 0) suggested = t;
            recall[step] = s.recall();
            ceiling = Math.max(ceiling, s.recall());
        }
        if (suggested < 0) {
            // the proposals cannot reach the recall asked for: take the highest threshold within 0.02 of their ceiling
            // (the last hundredths of recall cost most of the precision)
            for (int step = 99; step >= 1 && suggested < 0; step--) if (recall[step] >= ceiling - 0.02) suggested = step / 100.0;
        }
        if (suggested > matched) suggested = matched;
        AlertScores.Score m = AlertScores.at(Level.MATCHED, above(rows, matched), gold);
        AlertScores.Score s = AlertScores.at(Level.MATCHED, above(rows, suggested), gold);
        report.add(String.format(Locale.ROOT, "cut %4.1f: matched >= %.2f precision %.3f recall %.3f; suggested >= %.2f "
                + "precision %.3f recall %.3f (ceiling %.3f)", cut, matched, m.precision(), m.recall(), suggested,
                s.precision(), s.recall(), ceiling));
        return new Choice(cut, matched, suggested, m);
    }

    private static List<AlertScores.Row> rows(List<Training.Example> examples, double[] p, double cut) {
        List<AlertScores.Row> rows = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            Training.Example e = examples.get(i);
            rows.add(new AlertScores.Row(e.itemId(), e.caseId(), p[i], Level.MATCHED,
                    e.stance() >= cut ? Relation.DISCUSSES : Relation.RESTATES));
        }
        return rows;
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

    /** A model with every weight 0, for runs that only want the signals (training's own check of the items). */
    public static AlertModel untrained() {
        int n = Signals.NAMES.size();
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1);
        return new AlertModel(Signals.NAMES, new double[n], ones, new double[n], 0, 0.5, 0.5, 99, "untrained");
    }
}
