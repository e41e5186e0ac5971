package org.menagerie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.menagerie.Menagerie;
import org.menagerie.catalog.Problem;
import org.menagerie.feed.Item;
import org.menagerie.feed.ItemReader;
import org.menagerie.watch.Intake;
import org.menagerie.watch.Monitoring;
import org.menagerie.watch.Outcome;
import org.menagerie.watch.Pages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads a channel export into the monitored articles: each new post is stored once, copies join "
                + "their story, and new stories are handed on to checking.",
                "Reading the same export again stores nothing twice."})
final class IngestCommand implements Callable<Integer> {
    /** Items read ahead and taken together (their language and fingerprints made on every core). */
    private static final int CHUNK = 512;

    @ParentCommand Main parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The export: a Telegram channel's JSON, or JSON lines.")
    Path file;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "telegram or jsonl.")
    String format;

    @Option(names = "--outlet", paramLabel = "NAME", description = "The outlet of posts that name none (default: the file's name).")
    String outlet;

    @Override
    public Integer call() throws IOException {
        ItemReader.Format f;
        try {
            f = ItemReader.Format.of(format);
        } catch (IllegalArgumentException e) {
            throw new CommandException(ExitCode.USAGE, "--format " + e.getMessage());
        }
        if (!Files.isRegularFile(file)) throw new CommandException(ExitCode.NOT_FOUND, "no such file: " + file);
        String fallback = outlet != null ? outlet : file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        String source = "export:" + f.name().toLowerCase(java.util.Locale.ROOT);
        String provenance = source + " " + file.getFileName();
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        long start = System.nanoTime();
        List<Problem> problems;
        try (Menagerie menagerie = Menagerie.open(parent.workspace())) {
            Monitoring m = menagerie.monitoring();
            Intake intake = Intake.open(m.articles(), m.queue(), Clock.systemUTC());
            List<Item> chunk = new ArrayList<>();
            int threads = Runtime.getRuntime().availableProcessors();
            problems = ItemReader.export(file, f, item -> {
                chunk.add(item);
                if (chunk.size() == CHUNK) {
                    intake.takeAll(source, fallback, chunk, provenance, Pages.NONE, threads).forEach(o -> counts.merge(o, 1, Integer::sum));
                    chunk.clear();
                }
            });
            intake.takeAll(source, fallback, chunk, provenance, Pages.NONE, threads).forEach(o -> counts.merge(o, 1, Integer::sum));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Read %,d items from %s in %.1f s (%.0f items/s): %,d new stories, %,d copies joining a story, "
                        + "%,d seen before, %,d without text.%n", total, file.getFileName(), seconds, total / Math.max(seconds, 1e-9),
                counts.getOrDefault(Outcome.NEW_STORY, 0), counts.getOrDefault(Outcome.COPY, 0),
                counts.getOrDefault(Outcome.SEEN, 0), counts.getOrDefault(Outcome.EMPTY, 0));
        PrintWriter err = spec.commandLine().getErr();
        problems.stream().limit(20).forEach(p -> err.println("problem: " + p));
        if (problems.size() > 20) err.printf("... and %,d more problems%n", problems.size() - 20);
        out.flush();
        err.flush();
        if (total == 0 && !problems.isEmpty()) throw new CommandException(ExitCode.BAD_INPUT, "nothing could be read from " + file);
        return ExitCode.OK;
    }
}
