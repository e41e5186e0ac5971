package org.menagerie.lab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PlattTest {
    @Test
    void recoversTheCurveThatGeneratedTheOutcomes() {
        Random r = new Random(7);
        int n = 20_000;
        double[] s = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            s[i] = r.nextGaussian() * 3;
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-(0.8 * s[i] - 1.5)));
        }
        double[] ab = Platt.fit(s, y);
        assertThat(ab[0]).isCloseTo(0.8, within(0.05));
        assertThat(ab[1]).isCloseTo(-1.5, within(0.08));
    }

    @Test
    void staysFiniteWhenTheClassesSeparate() {
        double[] s = {-3, -2, -1, 1, 2, 3};
        boolean[] y = {false, false, false, true, true, true};
        double[] ab = Platt.fit(s, y);
        assertThat(Double.isFinite(ab[0]) && Double.isFinite(ab[1])).isTrue();
        assertThat(ab[0]).isPositive().isLessThan(50);
    }
}
