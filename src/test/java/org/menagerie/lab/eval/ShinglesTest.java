package org.menagerie.lab.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ShinglesTest {
    @Test
    void buildsFourTokenShinglesOnWhitespace() {
        assertThat(Shingles.of("a b  c\nd e")).containsExactlyInAnyOrder("a b c d", "b c d e");
        assertThat(Shingles.of("a b")).containsExactly("a b");
        assertThat(Shingles.of(" ")).isEmpty();
    }

    @Test
    void scoresPrecisionAndRecallOfShingleSets() {
        Shingles.Score s = Shingles.score("a b c d e f", "a b c d e x");
        // predicted: abcd bcde cdef; truth: abcd bcde cdex
        assertThat(s.precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(s.recall()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(s.f1()).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void scoresEmptyCasesAsTheBenchmarkDoes() {
        assertThat(Shingles.score("", "").f1()).isEqualTo(1);
        assertThat(Shingles.score("a b c d", "").f1()).isZero();
        assertThat(Shingles.score("", "a b c d").f1()).isZero();
    }

    @Test
    void averagesOverTheTruthCountingMissingPredictionsAsEmpty() {
        ExtractionEval.Result r = ExtractionEval.evaluate(Map.of("1", "a b c d"), Map.of("1", "a b c d", "2", "x y z w"));
        assertThat(r.size()).isEqualTo(2);
        assertThat(r.mean().f1()).isCloseTo(0.5, within(1e-9));
    }
}
