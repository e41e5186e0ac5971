package org.menagerie.lab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.menagerie.NeedsSharedData;
import org.menagerie.SharedData;
import org.menagerie.lab.eval.CheckWorthinessExample;
import org.menagerie.lab.train.CheckWorthinessTrainer.Options;
import org.menagerie.text.CheckWorthiness;
import org.menagerie.text.CheckWorthinessCues;
import org.menagerie.text.CheckWorthinessModel;

@NeedsSharedData
class CheckWorthinessTrainerTest {
    private static List<CheckWorthinessExample> slice;
    private static List<CheckWorthinessExample> unseen;

    @BeforeAll
    static void read() throws IOException {
        List<CheckWorthinessExample> train = CheckWorthinessExample.readTsv(
                SharedData.data("checkworthiness/ct24-en/train.tsv")).examples();
        slice = train.subList(0, 3000);
        unseen = train.subList(3000, 4000);
    }

    private static byte[] bytes(CheckWorthinessModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }

    @Test
    void trainsTheSameModelTwice() throws IOException {
        Options options = new Options(3, 1e-6, 0.1, 3, 0.98, 7L);
        byte[] first = bytes(CheckWorthinessTrainer.train(slice, null, options).model());
        byte[] second = bytes(CheckWorthinessTrainer.train(slice, null, options).model());
        assertThat(first).isEqualTo(second);
        byte[] otherSeed = bytes(CheckWorthinessTrainer.train(slice, null, new Options(3, 1e-6, 0.1, 3, 0.98, 8L)).model());
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void learnsSomethingThatHoldsOnUnseenSentences() {
        CheckWorthinessTrainer.Result result = CheckWorthinessTrainer.train(slice, null, new Options(5, 1e-6, 0.1, 3, 0.98, 7L));
        CheckWorthiness scorer = new CheckWorthiness(result.model());
        int yes = 0, truePositives = 0, predicted = 0;
        for (CheckWorthinessExample e : unseen) {
            boolean p = scorer.score(e.text(), "en").checkWorthy();
            if (e.label()) yes++;
            if (p) predicted++;
            if (p && e.label()) truePositives++;
        }
        double f1 = 2.0 * truePositives / (yes + predicted);
        double allYes = 2.0 * yes / (yes + unseen.size());
        assertThat(f1).isGreaterThan(allYes + 0.15);
        assertThat(result.englishFirst().f1()).isGreaterThan(result.neutralFirst().f1());
    }

    /**
     * Stand-in sentence vectors that carry some signal (a fixed random projection of the cues plus noise), so
     * that the second pass can be trained and read back without the embedding model.
     */
    private static float[][] vectors(List<CheckWorthinessExample> examples) {
        java.util.Random random = new java.util.Random(3);
        float[][] projection = new float[CheckWorthinessCues.SIZE][16];
        for (float[] row : projection) for (int j = 0; j < row.length; j++) row[j] = (float) random.nextGaussian();
        float[][] out = new float[examples.size()][16];
        for (int i = 0; i < out.length; i++) {
            float[] cues = CheckWorthinessCues.of(examples.get(i).text(), "en");
            for (int c = 0; c < cues.length; c++) for (int j = 0; j < 16; j++) out[i][j] += cues[c] * projection[c][j];
            for (int j = 0; j < 16; j++) out[i][j] = out[i][j] / 8 + (float) random.nextGaussian() * 0.05f;
        }
        return out;
    }

    @Test
    void trainsTheSecondPassTheSameWayTwiceAndReadsItBack() throws IOException {
        List<CheckWorthinessExample> part = slice.subList(0, 1500);
        Options options = new Options(2, 1e-6, 0.1, 3, 0.9, 7L);
        CheckWorthinessTrainer.Result result = CheckWorthinessTrainer.train(part, vectors(part), options);
        assertThat(bytes(result.model())).isEqualTo(bytes(CheckWorthinessTrainer.train(part, vectors(part), options).model()));
        CheckWorthinessModel back = CheckWorthinessModel.read(new ByteArrayInputStream(bytes(result.model())));
        assertThat(back.englishSecond().gate()).isEqualTo(result.model().englishSecond().gate()).isGreaterThan(0f);
        assertThat(back.neutralSecond().head().weights()).isEqualTo(result.model().neutralSecond().head().weights());
        assertThat(result.english().f1()).isGreaterThan(0.3);
        // The gate lets through at least the asked share of the check-worthy sentences.
        double[] first = part.stream().mapToDouble(e -> result.model().probability(e.text(), "en")).toArray();
        boolean[] labels = new boolean[part.size()];
        for (int i = 0; i < labels.length; i++) labels[i] = part.get(i).label();
        float gate = CheckWorthinessTrainer.gate(first, labels, 0.9);
        int yes = 0, through = 0;
        for (int i = 0; i < labels.length; i++) {
            if (!labels[i]) continue;
            yes++;
            if (first[i] >= gate) through++;
        }
        assertThat((double) through / yes).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void refusesVectorsThatDoNotMatchTheExamples() {
        assertThatThrownBy(() -> CheckWorthinessTrainer.train(slice, new float[3][4], Options.defaults()))
                .hasMessageContaining("vectors");
    }

    @Test
    void readsBackWhatItWrites() throws IOException {
        CheckWorthinessModel model = CheckWorthinessTrainer.train(slice.subList(0, 500), null, new Options(1, 1e-6, 0.1, 3, 0.98, 7L)).model();
        CheckWorthinessModel back = CheckWorthinessModel.read(new ByteArrayInputStream(bytes(model)));
        assertThat(back.about()).isEqualTo(model.about());
        assertThat(back.english().weights()).isEqualTo(model.english().weights());
        assertThat(back.neutral().threshold()).isEqualTo(model.neutral().threshold());
        String s = "Taxes rose by 12 percent.";
        assertThat(back.probability(s, "en")).isEqualTo(model.probability(s, "en"));
    }
}
