package org.menagerie.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.menagerie.text.CheckWorthiness;
import org.menagerie.text.CheckWorthinessExample;
import org.menagerie.text.CheckWorthinessModel;
import org.menagerie.text.CheckWorthinessTrainer;
import org.menagerie.text.CheckWorthinessTrainer.Options;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code menagerie train checkworthy}: trains the check-worthiness model and reports it on a dev set. */
@Command(name = "checkworthy", description = "Train the check-worthiness model from a CheckThat! TSV (Sentence_id, Text, class_label).")
public final class TrainCheckWorthinessCommand implements Callable<Integer> {
    @Option(names = "--train", required = true, paramLabel = "FILE", description = "Labelled training sentences (TSV).")
    Path train;

    @Option(names = "--dev", paramLabel = "FILE", description = "Labelled sentences to report P/R/F1 on (TSV); never trained on.")
    Path dev;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model (.bin.gz).")
    Path out;

    @Option(names = "--epochs", defaultValue = "8") int epochs;
    @Option(names = "--l2", defaultValue = "1e-6") double l2;
    @Option(names = "--rate", defaultValue = "0.1") double rate;
    @Option(names = "--holdout", defaultValue = "0.1", description = "Share of --train kept aside to choose the thresholds.") double holdout;
    @Option(names = "--seed", defaultValue = "20240229") long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        CheckWorthinessExample.Read read = CheckWorthinessExample.readTsv(train);
        if (!read.labelled()) throw new CommandException(ExitCode.BAD_INPUT, "--train has no class_label column: " + train);
        read.problems().forEach(p -> spec.commandLine().getErr().println("skipped " + p));
        long start = System.nanoTime();
        CheckWorthinessTrainer.Result result = CheckWorthinessTrainer.train(read.examples(),
                new Options(epochs, l2, rate, holdout, seed));
        o.printf("trained on %d sentences in %.1f s%n", read.examples().size(), (System.nanoTime() - start) / 1e9);
        o.println("held-out english: " + result.englishHoldout());
        o.println("held-out neutral: " + result.neutralHoldout());
        if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream stream = Files.newOutputStream(out)) {
            result.model().write(stream);
        }
        o.printf("wrote %s (%,d bytes)%n", out, Files.size(out));
        if (dev != null) report(result.model(), o);
        return ExitCode.OK;
    }

    private void report(CheckWorthinessModel model, PrintWriter o) throws IOException {
        CheckWorthinessExample.Read read = CheckWorthinessExample.readTsv(dev);
        if (!read.labelled()) throw new CommandException(ExitCode.BAD_INPUT, "--dev has no class_label column: " + dev);
        CheckWorthiness scorer = new CheckWorthiness(model);
        for (boolean cuesOnly : new boolean[] {false, true}) {
            ScoredTsv.Scored s = ScoredTsv.score(read.examples(), e -> cuesOnly
                    ? scorer.scoreByCues(e.text(), "en") : scorer.score(e.text(), "en"));
            String head = cuesOnly ? "neutral" : "english";
            o.println("dev " + head + " at the held-out threshold: " + s.evaluation());
            o.println("dev " + head + " at the best dev threshold (tuned on dev, not held out): " + s.bestOnThisSet());
        }
    }
}
