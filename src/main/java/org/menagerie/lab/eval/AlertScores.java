package org.menagerie.lab.eval;

import org.menagerie.alert.Relation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.menagerie.alert.Level;
import org.menagerie.catalog.Check;

/**
 * Precision, recall and F1 of alerts per item, at each level: an item is right at a level when its most confident
 * alert (restating, at that level or above) names one of its gold cases; an alert on an item without gold cases is
 * false. Recall is over the items the truth names. Discussed links are not alerts: they are scored apart, in the
 * {@link #confusion}.
 */
public final class AlertScores {
    /** One line of an alerts file: which item, which case, how confident, at which level, restating or discussing. */
    public record Row(String itemId, String caseId, double confidence, Level level, Relation relation) {
        public Row {
            Check.notBlank(itemId, "itemId");
            Check.notBlank(caseId, "caseId");
            Check.notNull(level, "level");
            Check.notNull(relation, "relation");
        }

        public Row(String itemId, String caseId, double confidence, Level level) {
            this(itemId, caseId, confidence, level, Relation.RESTATES);
        }
    }

    /** The score at one level. */
    public record Score(Level level, int right, int alerted, int gold) {
        public double precision() {
            return alerted == 0 ? 0 : right / (double) alerted;
        }

        public double recall() {
            return gold == 0 ? 0 : right / (double) gold;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public String format() {
            return String.format(Locale.ROOT, "%-9s precision %.3f (%d/%d)  recall %.3f (%d/%d)  F1 %.3f",
                    level.label(), precision(), right, alerted, recall(), right, gold, f1());
        }
    }

    private AlertScores() {}

    /**
     * @param rows the alerts
     * @param gold for each item the truth names, its gold case ids
     */
    public static Score at(Level level, List<Row> rows, Map<String, Set<String>> gold) {
        Map<String, Row> top = new HashMap<>();
        for (Row r : rows) {
            if (!r.level().atLeast(level) || r.relation() != Relation.RESTATES) continue;
            top.merge(r.itemId(), r, (a, b) -> b.confidence() > a.confidence() ? b : a);
        }
        int right = 0;
        for (Row r : top.values()) if (gold.getOrDefault(r.itemId(), Set.of()).contains(r.caseId())) right++;
        int goldItems = (int) gold.values().stream().filter(s -> !s.isEmpty()).count();
        return new Score(level, right, top.size(), goldItems);
    }

    /** The suggested and matched scores. */
    public static List<Score> all(List<Row> rows, Map<String, Set<String>> gold) {
        List<Score> out = new ArrayList<>();
        out.add(at(Level.SUGGESTED, rows, gold));
        out.add(at(Level.MATCHED, rows, gold));
        return out;
    }

    /**
     * Truth against decision, per item and gold case: the truth's relation (restates, discusses) or, for an alerted
     * case the truth does not name, none; the decision's relation for that case at the suggested level or above, or none.
     * Counts by {@code [truth][decision]}, each index 0 restates, 1 discusses, 2 none.
     *
     * @param discussed for each item, the cases the truth says it discusses (may be empty)
     */
    public static int[][] confusion(List<Row> rows, Map<String, Set<String>> gold, Map<String, Set<String>> discussed) {
        Map<String, Row> decided = new HashMap<>();
        for (Row r : rows) {
            if (!r.level().atLeast(Level.SUGGESTED)) continue;
            decided.merge(r.itemId() + "\t" + r.caseId(), r, (a, b) -> b.confidence() > a.confidence() ? b : a);
        }
        int[][] m = new int[3][3];
        Set<String> seen = new HashSet<>();
        for (Map<String, Set<String>> truth : List.of(gold, discussed)) {
            int t = truth == gold ? 0 : 1;
            truth.forEach((item, cases) -> {
                for (String c : cases) {
                    if (!seen.add(item + "\t" + c)) continue;
                    m[t][index(decided.get(item + "\t" + c))]++;
                }
            });
        }
        decided.forEach((key, r) -> {
            if (!seen.contains(key)) m[2][index(r)]++;
        });
        return m;
    }

    private static int index(Row r) {
        return r == null ? 2 : r.relation() == Relation.RESTATES ? 0 : 1;
    }

    /**
     * The share of the truth's items whose gold case is among what was proposed for them at any level.
     *
     * @param proposed every proposal, at any level (level NONE included)
     */
    public static double coverage(List<Row> proposed, Map<String, Set<String>> gold) {
        Set<String> covered = new HashSet<>();
        for (Row r : proposed) if (gold.getOrDefault(r.itemId(), Set.of()).contains(r.caseId())) covered.add(r.itemId());
        long goldItems = gold.values().stream().filter(s -> !s.isEmpty()).count();
        return goldItems == 0 ? 0 : covered.size() / (double) goldItems;
    }
}
