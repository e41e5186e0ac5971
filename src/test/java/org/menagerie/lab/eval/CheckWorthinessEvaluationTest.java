package org.menagerie.lab.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CheckWorthinessEvaluationTest {

    @Test
    void countsAtAThreshold() {
        var e = CheckWorthinessEvaluation.at(new double[] {0.9, 0.8, 0.3, 0.1}, new boolean[] {true, false, true, false}, 0.5);
        assertThat(e.precision()).isEqualTo(0.5);
        assertThat(e.recall()).isEqualTo(0.5);
        assertThat(e.f1()).isEqualTo(0.5);
    }

    @Test
    void choosesTheThresholdWithTheBestF1BetweenScores() {
        var e = CheckWorthinessEvaluation.best(new double[] {0.9, 0.7, 0.6, 0.2}, new boolean[] {true, true, false, false});
        assertThat(e.f1()).isEqualTo(1.0);
        assertThat(e.threshold()).isCloseTo(0.65, within(1e-9));
    }
}
