package org.menagerie.lab.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetrievalScoresTest {
    private static TrecRun run(String query, String... docs) {
        RunLine[] lines = new RunLine[docs.length];
        for (int i = 0; i < docs.length; i++) lines[i] = new RunLine(query, docs[i], i + 1, 10 - i, "t");
        return TrecRun.of(List.of(lines));
    }

    @Test
    void averagePrecisionCountsOnlyTheTopK() {
        Qrels qrels = new Qrels(Map.of("q", Set.of("a", "b")));
        // relevant at ranks 2 and 4: AP@5 = (1/2 + 2/4) / 2 = 0.5; AP@3 = (1/2) / 2; AP@1 = 0
        RetrievalScores s = RetrievalScores.of(run("q", "x", "a", "y", "b", "z"), qrels);
        assertThat(s.map5()).isCloseTo(0.5, within(1e-9));
        assertThat(s.map3()).isCloseTo(0.25, within(1e-9));
        assertThat(s.map1()).isZero();
        assertThat(s.mrr()).isCloseTo(0.5, within(1e-9));
        assertThat(s.p1()).isZero();
    }

    @Test
    void aQueryMissingFromTheRunScoresZeroAndRunOnlyQueriesAreIgnored() {
        Qrels qrels = new Qrels(Map.of("q1", Set.of("a"), "q2", Set.of("b")));
        TrecRun r = TrecRun.of(List.of(new RunLine("q1", "a", 1, 1, "t"), new RunLine("q3", "b", 1, 1, "t")));
        RetrievalScores s = RetrievalScores.of(r, qrels);
        assertThat(s.queries()).isEqualTo(2);
        assertThat(s.map5()).isCloseTo(0.5, within(1e-9));
        assertThat(s.p1()).isCloseTo(0.5, within(1e-9));
        assertThat(s.mrr()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void reciprocalRankLooksBeyondFive() {
        Qrels qrels = new Qrels(Map.of("q", Set.of("g")));
        RetrievalScores s = RetrievalScores.of(run("q", "a", "b", "c", "d", "e", "f", "g"), qrels);
        assertThat(s.map5()).isZero();
        assertThat(s.mrr()).isCloseTo(1 / 7.0, within(1e-9));
    }

    @Test
    void formatNamesEveryMeasure() {
        RetrievalScores s = RetrievalScores.of(run("q", "a"), new Qrels(Map.of("q", Set.of("a"))));
        assertThat(s.format()).contains("MAP@1\t1.0000", "MAP@3\t1.0000", "MAP@5\t1.0000", "MRR\t1.0000", "P@1\t1.0000");
    }
}
