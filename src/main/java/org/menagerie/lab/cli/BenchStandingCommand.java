package org.menagerie.lab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.menagerie.catalog.Case;
import org.menagerie.cli.ExitCode;
import org.menagerie.feed.Item;
import org.menagerie.feed.ItemReader;
import org.menagerie.lab.eval.CheckThatFiles;
import org.menagerie.standing.Monitor;
import org.menagerie.standing.StandingQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Throughput of standing queries: N saved searches made from catalog claims (two words that must both occur, a
 * two-word phrase, or either of two words) tested against every article of a stream.
 */
@Command(name = "standing", mixinStandardHelpOptions = true,
        description = "Articles/s of testing a stream against N standing queries (MemoryIndex per article plus a presearch over query terms).")
final class BenchStandingCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STREAM", description = "A JSONL stream of items.") Path stream;
    @Option(names = "--claims", required = true, paramLabel = "FILE", description = "claims the queries are made from (vclaims.jsonl or .tsv)") Path claims;
    @Option(names = "--queries", defaultValue = "1000") int count;
    @Option(names = "--runs", defaultValue = "3") int runs;

    @Override
    public Integer call() throws IOException {
        List<Item> items = ItemReader.jsonl(MatchCommand.existing(stream)).items();
        List<Case> cases = CheckThatFiles.vclaims(MatchCommand.existing(claims));
        Monitor monitor = new Monitor();
        Random random = new Random(7);
        List<String> sample = new ArrayList<>();
        for (int i = 0; monitor.size() < count && i < cases.size() * 4; i++) {
            String q = query(cases.get(random.nextInt(cases.size())).claim(), random);
            if (q == null) continue;
            monitor.add(StandingQuery.search("q" + monitor.size(), "bench", q));
            if (sample.size() < 5) sample.add(q);
        }
        PrintWriter out = spec.commandLine().getOut();
        long chars = items.stream().mapToLong(i -> i.fullText().length()).sum();
        out.printf(Locale.ROOT, "%d standing queries (e.g. %s); %d articles, %.0f characters on average%n", monitor.size(),
                String.join(" | ", sample), items.size(), chars / (double) items.size());
        for (int run = 1; run <= runs; run++) {
            long hits = 0, cpu0 = Scratch.processCpuNanos(), t0 = System.nanoTime();
            for (Item i : items) hits += monitor.matches(i.key(), i.title(), i.text() == null ? "" : i.text(), i.language(), i.outlet()).size();
            double s = (System.nanoTime() - t0) / 1e9, cpu = (Scratch.processCpuNanos() - cpu0) / 1e9;
            out.printf(Locale.ROOT, "run %d: %.0f articles/s wall (%.2f s), %.0f articles/s per CPU second; %d hits; load average %.1f%n",
                    run, items.size() / s, s, items.size() / cpu, hits, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        return ExitCode.OK;
    }

    /** A search an analyst might save about this claim, from its longer words; null when it has too few. */
    static String query(String claim, Random random) {
        List<String> words = new ArrayList<>();
        for (String w : claim.split("[^\\p{L}\\p{N}]+")) if (w.length() >= 5) words.add(w.toLowerCase(Locale.ROOT));
        if (words.size() < 2) return null;
        int kind = random.nextInt(10);
        int at = random.nextInt(words.size() - 1);
        if (kind < 3) return "\"" + words.get(at) + " " + words.get(at + 1) + "\"";
        if (kind < 4) return words.get(at) + " OR " + words.get(at + 1);
        List<String> longest = new ArrayList<>(words);
        longest.sort(Comparator.comparingInt(String::length).reversed());
        return longest.get(0) + " " + longest.get(1);
    }
}
