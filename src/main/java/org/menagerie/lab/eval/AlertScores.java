package org.menagerie.lab.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.menagerie.alert.Level;
import org.menagerie.catalog.Check;

/**
 * Precision, recall and F1 of alerts per item, at each level: an item is right at a level when its most confident
 * alert at that level or above names one of its gold cases; an alert on an item without gold cases is false. Recall
 * is over the items the truth names.
 */
public final class AlertScores {
    /** One line of an alerts file: which item, which case, how confident, at which level. */
    public record Row(String itemId, String caseId, double confidence, Level level) {
        public Row {
            Check.notBlank(itemId, "itemId");
            Check.notBlank(caseId, "caseId");
            Check.notNull(level, "level");
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
            if (!r.level().atLeast(level)) continue;
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
}
