package org.menagerie.lab.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.menagerie.alert.Level;
import org.menagerie.alert.Relation;

class AlertScoresTest {
    private static AlertScores.Row row(String item, String c, double p, Level l) {
        return new AlertScores.Row(item, c, p, l);
    }

    @Test
    void anItemIsJudgedByItsMostConfidentAlertAtEachLevel() {
        Map<String, Set<String>> gold = Map.of("t1", Set.of("a"), "t2", Set.of("b"), "t3", Set.of("c"), "t4", Set.of());
        List<AlertScores.Row> rows = List.of(
                row("t1", "x", 0.6, Level.SUGGESTED), row("t1", "a", 0.9, Level.MATCHED), // right at both levels
                row("t2", "x", 0.8, Level.SUGGESTED), row("t2", "b", 0.97, Level.MATCHED), // wrong when suggested counts
                row("t2", "x", 0.99, Level.SUGGESTED),
                row("t4", "c", 0.7, Level.SUGGESTED), // an on-topic item with nothing to find
                row("page-1", "c", 0.96, Level.MATCHED)); // an item the truth does not name
        AlertScores.Score suggested = AlertScores.at(Level.SUGGESTED, rows, gold);
        assertThat(suggested.right()).isEqualTo(1);
        assertThat(suggested.alerted()).isEqualTo(4);
        assertThat(suggested.gold()).isEqualTo(3);
        AlertScores.Score matched = AlertScores.at(Level.MATCHED, rows, gold);
        assertThat(matched.right()).isEqualTo(2);
        assertThat(matched.alerted()).isEqualTo(3);
        assertThat(matched.precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(matched.recall()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(matched.f1()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(matched.format()).startsWith("matched   precision 0.667 (2/3)  recall 0.667 (2/3)");
    }

    @Test
    void noAlertsScoreZeroNotNaN() {
        AlertScores.Score s = AlertScores.at(Level.MATCHED, List.of(), Map.of("t1", Set.of("a")));
        assertThat(s.precision()).isZero();
        assertThat(s.f1()).isZero();
    }

    @Test
    void aDiscussedLinkIsNoAlertAndTheConfusionTellsTheRelationsApart() {
        Map<String, Set<String>> gold = Map.of("t1", Set.of("a"), "t2", Set.of("b"));
        Map<String, Set<String>> discussed = Map.of("page-1", Set.of("c"));
        List<AlertScores.Row> rows = List.of(
                new AlertScores.Row("t1", "a", 0.9, Level.MATCHED, Relation.RESTATES),
                new AlertScores.Row("t2", "b", 0.95, Level.MATCHED, Relation.DISCUSSES), // a restatement taken for a discussion
                new AlertScores.Row("page-1", "c", 0.97, Level.MATCHED, Relation.DISCUSSES),
                new AlertScores.Row("page-2", "d", 0.6, Level.SUGGESTED, Relation.RESTATES), // false
                new AlertScores.Row("page-3", "e", 0.3, Level.NONE, Relation.RESTATES)); // a proposal only
        AlertScores.Score matched = AlertScores.at(Level.MATCHED, rows, gold);
        assertThat(matched.right()).isEqualTo(1);
        assertThat(matched.alerted()).isEqualTo(1);
        int[][] m = AlertScores.confusion(rows, gold, discussed);
        assertThat(m[0]).containsExactly(1, 1, 0);
        assertThat(m[1]).containsExactly(0, 1, 0);
        assertThat(m[2]).containsExactly(1, 0, 0);
    }

    @Test
    void coverageIsTheShareOfGoldItemsWhoseCaseWasProposedAtAll() {
        Map<String, Set<String>> gold = Map.of("t1", Set.of("a"), "t2", Set.of("b"), "t3", Set.of());
        List<AlertScores.Row> proposed = List.of(row("t1", "x", 0.9, Level.MATCHED), row("t1", "a", 0.1, Level.NONE),
                row("t2", "x", 0.2, Level.NONE), row("t3", "a", 0.9, Level.MATCHED));
        assertThat(AlertScores.coverage(proposed, gold)).isEqualTo(0.5);
    }
}
