package org.menagerie.lab.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.NeedsSharedData;
import org.menagerie.SharedData;
import org.menagerie.cli.ExitCode;
import org.menagerie.cli.Main;
import org.menagerie.text.CheckWorthinessModel;

class CheckWorthyCommandTest {
    @TempDir
    Path dir;

    private String run(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isEqualTo(expectedExit);
        return out + err.toString();
    }

    @Test
    void scoresATsvAndReportsF1WhenItIsLabelled() throws IOException {
        Path in = dir.resolve("in.tsv");
        Files.writeString(in, "Sentence_id\tText\tclass_label\n"
                + "a1\tUnemployment fell to 3.5 percent in 2019.\tYes\n"
                + "a2\tThank you, it's great to be here.\tNo\n"
                + "a3\tȘomajul a scăzut la 3,5 la sută în 2019.\tYes\n"
                + "a4\tbroken line without enough columns\n", UTF_8);
        Path out = dir.resolve("out.tsv");
        String printed = run(ExitCode.OK, "checkworthy", "--in", in.toString(), "--out", out.toString());
        List<String> lines = Files.readAllLines(out, UTF_8);
        assertThat(lines.get(0)).isEqualTo("Sentence_id\tscore\tlabel");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).matches("a1\t0\\.\\d{4}\tYes");
        assertThat(lines.get(2)).matches("a2\t0\\.\\d{4}\tNo");
        assertThat(lines.get(3)).startsWith("a3\t");
        assertThat(printed).contains("scored 3 sentences").contains("Yes class: P=").contains("skipped").contains(":5:");
    }

    @Test
    void printsNoF1WithoutLabels() throws IOException {
        Path in = dir.resolve("in.tsv");
        Files.writeString(in, "Text\tSentence_id\nThe deficit doubled since 2008.\tx\n", UTF_8);
        Path out = dir.resolve("out.tsv");
        String printed = run(ExitCode.OK, "checkworthy", "--in", in.toString(), "--out", out.toString(), "--language", "en");
        assertThat(printed).doesNotContain("Yes class");
        assertThat(Files.readAllLines(out, UTF_8).get(1)).startsWith("x\t");
    }

    @Test
    void refusesAFileWithoutTheColumns() throws IOException {
        Path in = dir.resolve("in.tsv");
        Files.writeString(in, "id\tsentence\n1\thello\n", UTF_8);
        assertThat(run(ExitCode.BAD_INPUT, "checkworthy", "--in", in.toString(), "--out", dir.resolve("o.tsv").toString()))
                .contains("Sentence_id and Text");
    }

    @NeedsSharedData
    @Test
    void trainsAModelFromASliceAndReportsItOnDev() throws IOException {
        Path train = dir.resolve("train.tsv");
        Files.write(train, Files.readAllLines(SharedData.data("checkworthiness/ct24-en/train.tsv"), UTF_8).subList(0, 801), UTF_8);
        Path model = dir.resolve("m.bin.gz");
        String printed = run(ExitCode.OK, "train", "checkworthy", "--train", train.toString(), "--dev",
                SharedData.data("checkworthiness/ct24-en/dev.tsv").toString(), "--out", model.toString(), "--epochs", "2",
                "--no-vectors");
        assertThat(printed).contains("trained on 800 sentences")
                .contains("5-fold cross-validation on --train, english first pass: P=")
                .contains("dev english first pass at the cross-validated threshold: P=")
                .contains("F1 95% bootstrap interval [").doesNotContain("two passes");
        try (InputStream in = Files.newInputStream(model)) {
            assertThat(CheckWorthinessModel.read(in).about()).contains("800 sentences");
        }
    }
}
