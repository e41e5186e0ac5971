package org.menagerie.lab.cli;

import java.util.List;
import java.util.function.Function;
import org.menagerie.lab.eval.CheckWorthinessEvaluation;
import org.menagerie.lab.eval.CheckWorthinessExample;
import org.menagerie.text.CheckWorthiness;

/** Check-worthiness scores of TSV sentences, and their P/R/F1 when the sentences are labelled. */
final class ScoredTsv {
    private ScoredTsv() {}

    record Scored(List<CheckWorthinessExample> examples, List<CheckWorthiness.Score> scores) {
        boolean labelled() {
            return examples.stream().allMatch(e -> e.label() != null);
        }

        /** At each sentence's own threshold. */
        CheckWorthinessEvaluation evaluation() {
            int tp = 0, fp = 0, fn = 0, tn = 0;
            for (int i = 0; i < examples.size(); i++) {
                boolean yes = scores.get(i).checkWorthy();
                boolean truth = examples.get(i).label();
                if (yes && truth) tp++;
                else if (yes) fp++;
                else if (truth) fn++;
                else tn++;
            }
            return new CheckWorthinessEvaluation(tp, fp, fn, tn, Double.NaN);
        }

        boolean[] predicted() {
            boolean[] p = new boolean[scores.size()];
            for (int i = 0; i < p.length; i++) p[i] = scores.get(i).checkWorthy();
            return p;
        }

        boolean[] labels() {
            boolean[] l = new boolean[examples.size()];
            for (int i = 0; i < l.length; i++) l[i] = examples.get(i).label();
            return l;
        }

        CheckWorthinessEvaluation bestOnThisSet() {
            double[] values = scores.stream().mapToDouble(CheckWorthiness.Score::value).toArray();
            boolean[] labels = new boolean[examples.size()];
            for (int i = 0; i < labels.length; i++) labels[i] = examples.get(i).label();
            return CheckWorthinessEvaluation.best(values, labels);
        }
    }

    static Scored of(List<CheckWorthinessExample> examples, List<CheckWorthiness.Score> scores) {
        return new Scored(examples, scores);
    }

    static Scored score(List<CheckWorthinessExample> examples, Function<CheckWorthinessExample, CheckWorthiness.Score> scorer) {
        return new Scored(examples, examples.stream().map(scorer).toList());
    }
}
