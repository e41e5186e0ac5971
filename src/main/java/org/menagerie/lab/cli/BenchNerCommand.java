package org.menagerie.lab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.menagerie.cli.CommandException;
import org.menagerie.cli.ExitCode;
import org.menagerie.lab.eval.Ronec;
import org.menagerie.ner.EntityRecogniser;
import org.menagerie.ner.TaggedSentence;
import org.menagerie.text.Reading;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code menagerie bench ner --ronec FILE}: sentences per second of the Romanian entity recogniser, on the corpus's
 * own tokens and through the whole analysis path (tokenising, the rules it still runs, the model), after a warm-up.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Sentences/s of the Romanian entity recogniser on a RONEC file (wall and CPU time, one thread).")
final class BenchNerCommand implements Callable<Integer> {
    @Option(names = "--ronec", required = true, paramLabel = "FILE") Path ronec;
    @Option(names = "--runs", defaultValue = "3") int runs;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(ronec)) throw new CommandException(ExitCode.NOT_FOUND, "no such file: " + ronec);
        PrintWriter out = spec.commandLine().getOut();
        List<TaggedSentence> tagged = Ronec.readTagged(ronec);
        List<String> texts = Ronec.read(ronec).stream().map(Ronec.Sentence::text).toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int tokens = tagged.stream().mapToInt(s -> s.tokens().size()).sum();
        out.printf("%d sentences, %d tokens; %d processors%n", tagged.size(), tokens,
                Runtime.getRuntime().availableProcessors());
        for (TaggedSentence s : tagged) EntityRecogniser.romanian(s.tokens());
        for (String t : texts) Reading.entitySpans(t, "ro");
        for (int run = 1; run <= runs; run++) {
            long wall = System.nanoTime(), cpu = threads.getCurrentThreadCpuTime();
            int found = 0;
            for (TaggedSentence s : tagged) found += EntityRecogniser.romanian(s.tokens()).size();
            print(out, "recogniser", run, tagged.size(), found, wall, cpu, threads);
            wall = System.nanoTime();
            cpu = threads.getCurrentThreadCpuTime();
            found = 0;
            for (String t : texts) found += Reading.entitySpans(t, "ro").size();
            print(out, "analysis path", run, texts.size(), found, wall, cpu, threads);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static void print(PrintWriter out, String what, int run, int sentences, int found, long wall, long cpu,
                              ThreadMXBean threads) {
        double wallS = (System.nanoTime() - wall) / 1e9;
        double cpuS = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        out.printf("run %d %-13s %,8.0f sentences/s wall, %,8.0f sentences/s of CPU time (%d entities)%n", run, what,
                sentences / wallS, sentences / cpuS, found);
        out.flush();
    }
}
