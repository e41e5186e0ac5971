package org.menagerie.lab.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.menagerie.cli.CommandException;
import org.menagerie.cli.ExitCode;
import org.menagerie.cli.Main;
import org.menagerie.embedding.Embedder;
import org.menagerie.embedding.VectorCache;
import org.menagerie.lab.eval.CheckWorthinessEvaluation;
import org.menagerie.lab.eval.CheckWorthinessExample;
import org.menagerie.lab.train.CheckWorthinessTrainer;
import org.menagerie.lab.train.CheckWorthinessTrainer.Options;
import org.menagerie.text.CheckWorthiness;
import org.menagerie.text.CheckWorthinessModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code menagerie train checkworthy}: trains the check-worthiness model (both passes; every choice by
 * cross-validation on --train) and reports it on a dev set, with a bootstrap interval.
 */
@Command(name = "checkworthy", description = "Train the check-worthiness model from a CheckThat! TSV (Sentence_id, Text, class_label).")
final class TrainCheckWorthinessCommand implements Callable<Integer> {
    @Option(names = "--train", required = true, paramLabel = "FILE", description = "Labelled training sentences (TSV).")
    Path train;

    @Option(names = "--dev", paramLabel = "FILE", description = "Labelled sentences to report P/R/F1 on (TSV); never trained or tuned on.")
    Path dev;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model (.bin.gz).")
    Path out;

    @Option(names = "--cache", paramLabel = "DIR", description = "Where the sentences' e5 vectors are kept between runs (default: the workspace's vector cache).")
    Path cache;

    @Option(names = "--no-vectors", description = "Train the first pass only (no e5 vectors, no second pass).")
    boolean noVectors;

    @Option(names = "--epochs", defaultValue = "8") int epochs;
    @Option(names = "--l2", defaultValue = "1e-6") double l2;
    @Option(names = "--rate", defaultValue = "0.1") double rate;
    @Option(names = "--folds", defaultValue = "5", description = "k of the cross-validation that chooses the thresholds.") int folds;
    @Option(names = "--gate-recall", defaultValue = "0.98", description = "Share of check-worthy training sentences the first pass sends to the second.") double gateRecall;
    @Option(names = "--seed", defaultValue = "20240229") long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        CheckWorthinessExample.Read read = CheckWorthinessExample.readTsv(train);
        if (!read.labelled()) throw new CommandException(ExitCode.BAD_INPUT, "--train has no class_label column: " + train);
        read.problems().forEach(p -> spec.commandLine().getErr().println("skipped " + p));
        Embedder e5 = noVectors ? null : Embedder.e5Small();
        VectorCache vectors = noVectors ? null : new VectorCache(cache != null ? cache
                : Main.of(spec).workspace().root().resolve("cache").resolve("vectors"));
        long start = System.nanoTime();
        float[][] trainVectors = noVectors ? null : vectors.queries(e5, texts(read.examples()));
        long embedded = System.nanoTime();
        CheckWorthinessTrainer.Result result = CheckWorthinessTrainer.train(read.examples(), trainVectors,
                new Options(epochs, l2, rate, folds, gateRecall, seed));
        o.printf(Locale.ROOT, "trained on %d sentences in %.1f s (+ %.1f s reading or embedding vectors)%n",
                read.examples().size(), (System.nanoTime() - embedded) / 1e9, (embedded - start) / 1e9);
        o.println(folds + "-fold cross-validation on --train, english first pass: " + result.englishFirst());
        o.println(folds + "-fold cross-validation on --train, neutral first pass: " + result.neutralFirst());
        if (!noVectors) {
            o.println(folds + "-fold cross-validation on --train, english two passes: " + result.english());
            o.println(folds + "-fold cross-validation on --train, neutral two passes: " + result.neutral());
        }
        if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream stream = Files.newOutputStream(out)) {
            result.model().write(stream);
        }
        o.printf("wrote %s (%,d bytes)%n", out, Files.size(out));
        if (dev != null) report(result.model(), e5, vectors, o);
        return ExitCode.OK;
    }

    private static List<String> texts(List<CheckWorthinessExample> examples) {
        return examples.stream().map(CheckWorthinessExample::text).toList();
    }

    private void report(CheckWorthinessModel model, Embedder e5, VectorCache vectors, PrintWriter o) throws IOException {
        CheckWorthinessExample.Read read = CheckWorthinessExample.readTsv(dev);
        if (!read.labelled()) throw new CommandException(ExitCode.BAD_INPUT, "--dev has no class_label column: " + dev);
        List<String> texts = texts(read.examples());
        CheckWorthiness firstPass = new CheckWorthiness(model);
        // The cached dev vectors are the very vectors the e5 model gives these sentences; the scorer asks for them.
        CheckWorthiness twoPasses = e5 == null ? null : new CheckWorthiness(model, batch -> {
            float[][] all = vectors.queries(e5, texts);
            return batch.stream().map(s -> all[texts.indexOf(s)]).toList();
        });
        report("english first pass", ScoredTsv.of(read.examples(), firstPass.scoreAll(texts, "en")), o);
        report("neutral first pass", ScoredTsv.score(read.examples(), e -> firstPass.scoreByCues(e.text(), "en")), o);
        if (twoPasses == null) return;
        report("english two passes", ScoredTsv.of(read.examples(), twoPasses.scoreAll(texts, "en")), o);
        report("neutral two passes", ScoredTsv.score(read.examples(), e -> twoPasses.scoreByCues(e.text(), "en")), o);
    }

    private static void report(String what, ScoredTsv.Scored s, PrintWriter o) {
        CheckWorthinessEvaluation.Interval ci = CheckWorthinessEvaluation.f1Interval(s.predicted(), s.labels(), 1000, 7L);
        o.printf(Locale.ROOT, "dev %s at the cross-validated threshold: %s; F1 95%% bootstrap interval [%.3f, %.3f]; %d of %d"
                + " sentences embedded%n", what, s.evaluation(), ci.low(), ci.high(),
                s.scores().stream().filter(CheckWorthiness.Score::secondPass).count(), s.scores().size());
        o.println("dev " + what + " at the best dev threshold (tuned on dev, for reference only): " + s.bestOnThisSet());
    }
}
