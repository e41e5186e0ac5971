package org.menagerie.lab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.menagerie.check.Features;
import org.menagerie.check.MatcherModel;

class ListwiseTrainerTest {
    private static final int COS = Features.NAMES.indexOf("cos");
    private static final int DATE = Features.NAMES.indexOf("dateLogDays");

    /** Pools where only the cosine tells the relevant row apart; the date feature is noise. */
    private static List<ListwiseTrainer.Pool> pools(long seed) {
        Random r = new Random(seed);
        List<ListwiseTrainer.Pool> out = new ArrayList<>();
        for (int q = 0; q < 200; q++) {
            double[][] x = new double[10][Features.NAMES.size()];
            boolean[] rel = new boolean[10];
            for (int i = 0; i < 10; i++) {
                for (int j = 0; j < x[i].length; j++) x[i][j] = r.nextGaussian();
                rel[i] = i == 3;
                if (rel[i]) x[i][COS] += 2.5;
            }
            out.add(new ListwiseTrainer.Pool(x, rel));
        }
        return out;
    }

    @Test
    void learnsTheFeatureThatSeparatesTheRelevantRow() {
        MatcherModel m = ListwiseTrainer.fit(pools(1), 1e-3, 300, null, Set.of());
        assertThat(m.weights()[COS]).isGreaterThan(1.0);
        assertThat(Math.abs(m.weights()[DATE])).isLessThan(0.3);
        double hits = 0;
        for (ListwiseTrainer.Pool p : pools(2)) {
            double[] s = new double[p.x().length];
            for (int i = 0; i < s.length; i++) s[i] = m.score(p.x()[i]);
            hits += MatcherTrainer.map5(s, p.relevant(), 1);
        }
        assertThat(hits / 200).isGreaterThan(0.8);
    }

    @Test
    void leavesFrozenFeaturesAtZero() {
        MatcherModel m = ListwiseTrainer.fit(pools(1), 1e-3, 100, null, Set.of("cos"));
        assertThat(m.weights()[COS]).isZero();
    }
}
