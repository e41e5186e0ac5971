package org.menagerie.lab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.menagerie.Menagerie;
import org.menagerie.Workspace;
import org.menagerie.check.CheckException;
import org.menagerie.check.Checker;
import org.menagerie.check.Inputs;
import org.menagerie.check.Report;
import org.menagerie.cli.CheckCommand;
import org.menagerie.cli.CommandException;
import org.menagerie.cli.ExitCode;
import org.menagerie.cli.Main;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Checks one article end to end many times on a warm checker over the demo catalog of a throw-away workspace: wall
 * time per check (p50, p95) and, because the machine may be shared, the CPU time the process spent per check.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Latency of 'menagerie check' on a warm checker, reading and extracting the file included: p50 and p95 wall time, and CPU time per check.",
                "Works in a temporary workspace with the demo catalog; the first build (embedding its cases) is timed too."})
final class BenchCheckCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ARTICLE", description = "The article: a text or HTML file.")
    Path article;

    @Option(names = "--warmup", defaultValue = "10", description = "Checks before timing (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", defaultValue = "50", description = "Timed checks (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--in-workspace", description = "Check against the workspace's own catalog instead of a throw-away "
            + "demo workspace; then also time how soon a case added to the store is matched (the case is removed again).")
    boolean inWorkspace;

    @Override
    public Integer call() throws IOException {
        if (runs < 1 || warmup < 0) throw new CommandException(ExitCode.USAGE, "--runs must be positive and --warmup not negative");
        PrintWriter out = spec.commandLine().getOut();
        Inputs.Read input;
        try {
            input = Inputs.file(article);
        } catch (CheckException e) {
            throw CheckCommand.failure(e);
        }
        Path dir = inWorkspace ? null : Files.createTempDirectory("menagerie-bench-check");
        try (Menagerie menagerie = Menagerie.open(inWorkspace ? Main.of(spec).workspace() : Workspace.at(dir))) {
            long t0 = System.nanoTime();
            Checker checker = menagerie.checker();
            out.printf(Locale.ROOT, "checker over %d cases built in %.1f s (opening the index, catching it up, loading the models)%n",
                    checker.cases(), (System.nanoTime() - t0) / 1e9);
            Report first = checker.check(input);
            out.printf(Locale.ROOT, "article: %,d characters, %d sentences, %d check-worthy, %d matched; first check %d ms%n",
                    first.counts().characters(), first.counts().sentences(), first.counts().checkWorthy(),
                    first.counts().matched(), first.millis());
            for (int i = 0; i < warmup; i++) checker.check(Inputs.file(article));
            double[] ms = new double[runs];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu0 = Scratch.processCpuNanos(), thread0 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < runs; i++) {
                long s = System.nanoTime();
                checker.check(Inputs.file(article));
                ms[i] = (System.nanoTime() - s) / 1e6;
            }
            double cpuPerCheck = (Scratch.processCpuNanos() - cpu0) / 1e6 / runs;
            double threadPerCheck = (threads.getCurrentThreadCpuTime() - thread0) / 1e6 / runs;
            Arrays.sort(ms);
            out.printf(Locale.ROOT, "%d checks: p50 %.1f ms, p95 %.1f ms, max %.1f ms wall; CPU per check %.1f ms "
                            + "(process, all threads) %.1f ms (calling thread); %d processors, load average %.1f%n",
                    runs, ms[runs / 2], ms[(int) Math.floor((runs - 1) * 0.95)], ms[runs - 1], cpuPerCheck, threadPerCheck,
                    Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.flush();
            if (inWorkspace) visibility(menagerie, checker, first, input, out);
        } finally {
            if (dir != null) Scratch.deleteTree(dir);
        }
        return ExitCode.OK;
    }

    /** Adds a case restating the article's most check-worthy sentence and times the next check that matches it. */
    private void visibility(Menagerie menagerie, Checker checker, Report first, Inputs.Read input, PrintWriter out) {
        if (first.claims().isEmpty()) return;
        String id = "bench-visibility-" + System.currentTimeMillis();
        org.menagerie.catalog.Case c = org.menagerie.catalog.Case.builder(id, first.claims().get(0).sentence())
                .languages(java.util.List.of(first.source().language()))
                .provenance(org.menagerie.catalog.Provenance.ofEditor("bench")).build();
        long s = System.nanoTime();
        menagerie.cases().put(c, "editor:bench");
        Report next = checker.check(input);
        double ms = (System.nanoTime() - s) / 1e6;
        boolean matched = next.claims().stream().anyMatch(cl -> cl.matches().stream().anyMatch(m -> m.caseId().equals(id)));
        out.printf(Locale.ROOT, "added one case; the next check (store write, index catch-up and embedding, check) took "
                + "%.0f ms and %s it%n", ms, matched ? "matched" : "did NOT match");
        menagerie.cases().delete(id, "editor:bench");
        menagerie.search().catchUp();
        out.flush();
    }
}
