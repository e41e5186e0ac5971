package org.menagerie.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.menagerie.check.Matcher;
import org.menagerie.eval.CheckThatFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Measures how long one query takes on a warm matcher: embedding, candidates, features, re-ranking, reasons. */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = "Per-query latency (p50, p95) of the matcher on a warm collection.")
public final class BenchMatchCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--collection", required = true, paramLabel = "FILE") Path collection;
    @Option(names = "--queries", required = true, paramLabel = "FILE") Path queries;
    @Option(names = "--model", paramLabel = "FILE") Path model;
    @Option(names = "--cache", paramLabel = "DIR") Path cache;
    @Option(names = "--warmup", defaultValue = "50") int warmup;
    @Option(names = "--top", defaultValue = "5") int top;

    @Override
    public Integer call() {
        List<String> texts = new ArrayList<>(CheckThatFiles.queries(MatchCommand.existing(queries)).values());
        long t0 = System.nanoTime();
        Matcher matcher = MatchCommand.open(Main.of(spec), MatchCommand.existing(collection), cache, model, false);
        double load = (System.nanoTime() - t0) / 1e9;
        for (int i = 0; i < Math.min(warmup, texts.size()); i++) matcher.match(texts.get(i), top);
        double[] ms = new double[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            long s = System.nanoTime();
            matcher.match(texts.get(i), top);
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(ms);
        spec.commandLine().getOut().printf("load %.1fs; %d queries; p50 %.1f ms; p95 %.1f ms; max %.1f ms%n",
                load, ms.length, ms[ms.length / 2], ms[(int) Math.floor(ms.length * 0.95)], ms[ms.length - 1]);
        return ExitCode.OK;
    }
}
