package org.menagerie.lab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.menagerie.check.Matcher;
import org.menagerie.check.Matchers;
import org.menagerie.cli.ExitCode;
import org.menagerie.cli.Main;
import org.menagerie.lab.eval.CheckThatFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Measures how long one query takes on a warm matcher: embedding, candidates, features, re-ranking, reasons. */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = "Per-query latency (p50, p95) of the matcher on a warm collection.")
final class BenchMatchCommand implements Callable<Integer> {
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
        Matcher matcher = MatchCommand.open(Main.of(spec), MatchCommand.existing(collection), cache, model, false, false, true).matcher();
        double load = (System.nanoTime() - t0) / 1e9;
        for (int i = 0; i < Math.min(warmup, texts.size()); i++) matcher.match(texts.get(i), top);
        double[] all = new double[texts.size()], embed = new double[texts.size()], rest = new double[texts.size()];
        double[] restCpu = new double[texts.size()], embedCpu = new double[texts.size()];
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < texts.size(); i++) {
            long s = System.nanoTime();
            matcher.match(texts.get(i), top);
            all[i] = (System.nanoTime() - s) / 1e6;
            s = System.nanoTime();
            long process = os.getProcessCpuTime();
            float[][] v = Matchers.queryVectors(matcher, texts.get(i));
            embed[i] = (System.nanoTime() - s) / 1e6;
            embedCpu[i] = (os.getProcessCpuTime() - process) / 1e6;
            s = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            matcher.match(texts.get(i), v[0], v[1], top);
            rest[i] = (System.nanoTime() - s) / 1e6;
            restCpu[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
        var out = spec.commandLine().getOut();
        out.printf("load %.1fs; %d queries on %d cases; %d processors%n", load, texts.size(), matcher.size(), Runtime.getRuntime().availableProcessors());
        out.println(line("whole match", all));
        out.println(line("query embedding", embed));
        // the embedding runs on the ONNX runtime's threads: its CPU time is the whole process's over the call
        out.println(line("  the same, CPU time of the process", embedCpu));
        out.println(line("candidates, features, re-ranking, reasons", rest));
        // on a busy machine wall time includes waiting for a core; this stage runs on one thread, so its CPU time
        // is what it costs when the machine is free
        out.println(line("  the same, CPU time of the thread", restCpu));
        return ExitCode.OK;
    }

    private static String line(String what, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return String.format(java.util.Locale.ROOT, "%-42s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms", what,
                s[s.length / 2], s[(int) Math.floor(s.length * 0.95)], s[s.length - 1]);
    }
}
