package org.menagerie.lab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.menagerie.Menagerie;
import org.menagerie.catalog.Case;
import org.menagerie.cli.CommandException;
import org.menagerie.cli.ExitCode;
import org.menagerie.cli.Main;
import org.menagerie.embedding.Embedder;
import org.menagerie.search.Search;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Where the time of embedding the catalog goes: token lengths, tokenising, and the ONNX runs under several tunings. */
@Command(name = "embed", mixinStandardHelpOptions = true,
        description = {"Embeds the workspace's case passages (read only) under one or more tunings and prints CPU and "
                + "wall time per case, and how close each tuning's vectors are to those of each text embedded alone.",
                "A tuning is MAX_TOKENS/BATCH/THREADS/WORKERS, e.g. 512/1/1/0 (the default: each text alone) or 512/32/1/0 "
                + "(length-bucketed calls of up to 32), or langchain4j for the way Menagerie embedded before."})
final class BenchEmbedCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--limit", defaultValue = "2000", description = "Passages embedded per tuning, spread over the catalog (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--tuning", split = ",", defaultValue = "512/1/1/0,512/32/1/0", description = "Tunings to compare (default: ${DEFAULT-VALUE}).")
    List<String> tunings;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> all = new ArrayList<>();
        try (Menagerie menagerie = Menagerie.open(Main.of(spec).workspace())) {
            menagerie.cases().forEach((Case c) -> all.add(Search.passage(c)));
        }
        if (all.isEmpty()) throw new CommandException(ExitCode.BAD_INPUT, "the catalog is empty");
        List<String> sample = new ArrayList<>();
        int step = Math.max(1, all.size() / Math.max(1, limit));
        for (int i = 0; i < all.size() && sample.size() < limit; i += step) sample.add(all.get(i));
        Embedder plain = Embedder.e5Small(new Embedder.Tuning(512, 1, 1, 1));
        long cpu = Scratch.processCpuNanos();
        int[] tokens = plain.passageTokens(all);
        double tokenizeCpu = (Scratch.processCpuNanos() - cpu) / 1e9;
        int[] sorted = tokens.clone();
        Arrays.sort(sorted);
        long sum = Arrays.stream(tokens).asLongStream().sum();
        out.printf("%,d passages; tokens per passage (cut at 512): mean %.0f, p50 %d, p90 %d, p99 %d, max %d; %.1f%% at the cut; "
                        + "tokenising all: %.1f s CPU%n", all.size(), sum / (double) all.size(), sorted[sorted.length / 2],
                sorted[(int) (sorted.length * 0.9)], sorted[(int) (sorted.length * 0.99)], sorted[sorted.length - 1],
                100.0 * Arrays.stream(tokens).filter(t -> t >= 512).count() / tokens.length, tokenizeCpu);
        out.flush();
        List<float[]> alone = null;
        for (String t : tunings) {
            if (t.equals("langchain4j")) {
                baseline(sample, all.size(), out);
                continue;
            }
            String[] p = t.split("/");
            if (p.length != 4) throw new CommandException(ExitCode.USAGE, "a tuning is MAX_TOKENS/BATCH/THREADS/WORKERS: " + t);
            Embedder e = Embedder.e5Small(new Embedder.Tuning(Integer.parseInt(p[0]), Integer.parseInt(p[1]),
                    Integer.parseInt(p[2]), Integer.parseInt(p[3])));
            e.passages(sample.subList(0, Math.min(50, sample.size())));
            long wall = System.nanoTime();
            cpu = Scratch.processCpuNanos();
            List<float[]> vectors = e.passages(sample);
            double cpuS = (Scratch.processCpuNanos() - cpu) / 1e9, wallS = (System.nanoTime() - wall) / 1e9;
            out.printf("tuning %s: %,d passages in %.1f s wall, %.1f s CPU = %.2f ms CPU a passage (%.0f passages/s wall); whole catalog ~%.0f s CPU%s%n",
                    t, sample.size(), wallS, cpuS, 1000 * cpuS / sample.size(), sample.size() / wallS,
                    cpuS / sample.size() * all.size(), alone == null ? "" : agreement(alone, vectors));
            out.flush();
            if (p[1].equals("1") && alone == null) alone = vectors;
        }
        return ExitCode.OK;
    }

    /** How far a tuning's vectors are from those of each text embedded alone (batching changes the int8 scales). */
    private static String agreement(List<float[]> alone, List<float[]> vectors) {
        double min = 1, sum = 0;
        for (int i = 0; i < alone.size(); i++) {
            double c = Embedder.dot(alone.get(i), vectors.get(i));
            min = Math.min(min, c);
            sum += c;
        }
        return String.format("; cosine with each alone: mean %.5f, min %.5f", sum / alone.size(), min);
    }

    /** The way Menagerie embedded before: langchain4j's model, one text per ONNX call, texts on a thread pool. */
    private static void baseline(List<String> sample, int catalog, PrintWriter out) {
        var model = new dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel();
        List<dev.langchain4j.data.segment.TextSegment> segments = sample.stream()
                .map(s -> dev.langchain4j.data.segment.TextSegment.from("passage: " + s)).toList();
        model.embedAll(segments.subList(0, Math.min(50, segments.size())));
        long wall = System.nanoTime(), cpu = Scratch.processCpuNanos();
        model.embedAll(segments);
        double cpuS = (Scratch.processCpuNanos() - cpu) / 1e9, wallS = (System.nanoTime() - wall) / 1e9;
        out.printf("langchain4j (before): %,d passages in %.1f s wall, %.1f s CPU = %.2f ms CPU a passage; whole catalog ~%.0f s CPU%n",
                sample.size(), wallS, cpuS, 1000 * cpuS / sample.size(), cpuS / sample.size() * catalog);
        out.flush();
    }
}
