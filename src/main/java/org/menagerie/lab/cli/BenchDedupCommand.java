package org.menagerie.lab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.menagerie.cli.CommandException;
import org.menagerie.cli.ExitCode;
import org.menagerie.dedup.Stories;
import org.menagerie.feed.Item;
import org.menagerie.feed.ItemReader;
import org.menagerie.lab.eval.DedupEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = {"Measures near-duplicate detection on channel exports (Telegram *.json, or *.jsonl) replayed in "
                + "time order, against word 3-shingle Jaccard: recall at J >= 0.8 and 0.5, precision (J >= 0.5), "
                + "and the time per text.", "Prints a sample of predicted pairs to check by hand."})
final class BenchDedupCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A folder of exports, or one export file.")
    Path dir;

    @Option(names = "--bits", split = ",", paramLabel = "K", description = "SimHash distances to try (default: the standard one).")
    List<Integer> bits = new ArrayList<>();

    @Option(names = "--sample", defaultValue = "100", paramLabel = "N", description = "Predicted pairs to print for checking by hand (default: ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--sample-out", paramLabel = "FILE", description = "Write the sampled pairs, with both texts, to this file.")
    Path sampleOut;

    @Override
    public Integer call() throws IOException {
        List<Item> items = read(dir);
        if (items.isEmpty()) throw new CommandException(ExitCode.BAD_INPUT, "no items in " + dir);
        items.sort(Comparator.comparing((Item i) -> i.published() == null ? Instant.EPOCH : i.published()));
        List<String> texts = items.stream().map(Item::fullText).toList();
        if (bits.isEmpty()) bits = List.of(Stories.DEFAULT_BITS);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%,d texts from %s, in time order%n", texts.size(), dir);
        out.println(" k   truth>=0.8  truth>=0.5  predicted  recall@0.8  recall@0.5  precision  story-pairs  story-precision  ms/text");
        DedupEvaluation.Result last = null;
        for (int k : bits) {
            DedupEvaluation.Result r = DedupEvaluation.run(texts, k, sample, 42);
            out.printf("%2d  %11d %11d %10d %11.4f %11.4f %10.4f %12d %16.4f %8.4f%n", k, r.truth08(), r.truth05(), r.predicted(),
                    r.recall08(), r.recall05(), r.precision(), r.storyPairs(), r.storyPrecision(), r.millisPerText());
            out.flush();
            last = r;
        }
        if (sampleOut != null && last != null) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(sampleOut))) {
                int n = 0;
                for (DedupEvaluation.Pair p : last.sample()) {
                    w.printf("## pair %d: J=%.3f, %d bits (%s / %s)%n--- A:%n%s%n--- B:%n%s%n%n", ++n, p.jaccard(), p.distance(),
                            items.get(p.first()).key(), items.get(p.second()).key(), texts.get(p.first()), texts.get(p.second()));
                }
            }
            long below = last.sample().stream().filter(p -> p.jaccard() < 0.5).count();
            out.printf("Sample of %d predicted pairs (k=%d) written to %s; %d of them have J < 0.5%n", last.sample().size(),
                    last.bits(), sampleOut, below);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static List<Item> read(Path dir) throws IOException {
        List<Path> files;
        if (Files.isRegularFile(dir)) {
            files = List.of(dir);
        } else if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".jsonl")).sorted().toList();
            }
        } else {
            throw new CommandException(ExitCode.NOT_FOUND, "no such file or folder: " + dir);
        }
        List<Item> items = new ArrayList<>();
        for (Path f : files) {
            ItemReader.export(f, f.toString().endsWith(".jsonl") ? ItemReader.Format.JSONL : ItemReader.Format.TELEGRAM, items::add);
        }
        return items;
    }
}
