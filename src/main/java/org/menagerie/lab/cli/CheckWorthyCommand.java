package org.menagerie.lab.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.menagerie.cli.CommandException;
import org.menagerie.cli.ExitCode;
import org.menagerie.lab.eval.CheckWorthinessExample;
import org.menagerie.text.CheckWorthiness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code menagerie checkworthy}: scores every sentence of a TSV, and reports P/R/F1 when it is labelled. */
@Command(name = "checkworthy", description = "Score how check-worthy each sentence of a TSV (Sentence_id, Text[, class_label]) is.")
final class CheckWorthyCommand implements Callable<Integer> {
    @Option(names = "--in", required = true, paramLabel = "FILE", description = "Sentences (TSV with a header).")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Scores: Sentence_id, score, label (Yes/No).")
    Path out;

    @Option(names = "--language", paramLabel = "CODE", description = "The sentences' language (en, ro, ...); guessed per sentence when absent.")
    String language;

    @Option(names = "--repeat", defaultValue = "1", paramLabel = "N",
            description = "Score the file N times and time the last pass: the speed once the JVM is warm.")
    int repeat;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CheckWorthinessExample.Read read = CheckWorthinessExample.readTsv(in);
        read.problems().forEach(p -> spec.commandLine().getErr().println("skipped " + p));
        if (read.examples().isEmpty()) throw new CommandException(ExitCode.BAD_INPUT, "no sentences to score in " + in);
        long start = System.nanoTime();
        CheckWorthiness scorer = CheckWorthiness.load();
        long loaded = System.nanoTime();
        long passStart = loaded;
        // CPU time of the whole process as well as wall time: on a busy machine the wall time mostly measures the
        // other processes; the process's, because the embedding model runs on threads of its own.
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        if (repeat < 1) throw new CommandException(ExitCode.USAGE, "--repeat must be at least 1: " + repeat);
        ScoredTsv.Scored scored = null;
        for (int pass = 0; pass < repeat; pass++) {
            if (pass == repeat - 1) {
                passStart = System.nanoTime();
                cpuStart = os.getProcessCpuTime();
            }
            scored = language == null ? ScoredTsv.score(read.examples(), e -> scorer.score(e.text()))
                    : ScoredTsv.of(read.examples(), scorer.scoreAll(read.examples().stream()
                            .map(CheckWorthinessExample::text).toList(), language));
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("Sentence_id\tscore\tlabel\n");
            for (int i = 0; i < read.examples().size(); i++) {
                CheckWorthiness.Score s = scored.scores().get(i);
                w.write(read.examples().get(i).id() + "\t" + String.format(Locale.ROOT, "%.4f", s.value()) + "\t"
                        + (s.checkWorthy() ? "Yes" : "No") + "\n");
            }
        }
        long scoredAt = System.nanoTime();
        long cpu = os.getProcessCpuTime() - cpuStart;
        long embedded = scored.scores().stream().filter(CheckWorthiness.Score::secondPass).count();
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "scored %d sentences into %s (model loaded in %.0f ms; pass %d scored in %.1f ms wall, %.1f ms CPU:"
                        + " %.3f ms CPU a sentence, %.0f sentences/s wall; %d sentences went to the second pass)%n",
                read.examples().size(), out, (loaded - start) / 1e6, repeat, (scoredAt - passStart) / 1e6, cpu / 1e6,
                cpu / 1e6 / read.examples().size(), read.examples().size() / ((scoredAt - passStart) / 1e9), embedded);
        if (read.labelled()) o.println("Yes class: " + scored.evaluation());
        return ExitCode.OK;
    }
}
