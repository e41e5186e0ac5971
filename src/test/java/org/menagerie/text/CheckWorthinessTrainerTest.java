package org.menagerie.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.menagerie.SharedData;
import org.menagerie.text.CheckWorthinessTrainer.Options;

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
        Options options = new Options(3, 1e-6, 0.1, 0.2, 7L);
        byte[] first = bytes(CheckWorthinessTrainer.train(slice, options).model());
        byte[] second = bytes(CheckWorthinessTrainer.train(slice, options).model());
        assertThat(first).isEqualTo(second);
        byte[] otherSeed = bytes(CheckWorthinessTrainer.train(slice, new Options(3, 1e-6, 0.1, 0.2, 8L)).model());
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void learnsSomethingThatHoldsOnUnseenSentences() {
        CheckWorthinessTrainer.Result result = CheckWorthinessTrainer.train(slice, new Options(5, 1e-6, 0.1, 0.2, 7L));
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
        assertThat(result.englishHoldout().f1()).isGreaterThan(result.neutralHoldout().f1());
    }

    @Test
    void readsBackWhatItWrites() throws IOException {
        CheckWorthinessModel model = CheckWorthinessTrainer.train(slice.subList(0, 500), new Options(1, 1e-6, 0.1, 0.2, 7L)).model();
        CheckWorthinessModel back = CheckWorthinessModel.read(new ByteArrayInputStream(bytes(model)));
        assertThat(back.about()).isEqualTo(model.about());
        assertThat(back.english().weights()).isEqualTo(model.english().weights());
        assertThat(back.neutral().threshold()).isEqualTo(model.neutral().threshold());
        String s = "Taxes rose by 12 percent.";
        assertThat(back.probability(s, "en")).isEqualTo(model.probability(s, "en"));
    }
}
