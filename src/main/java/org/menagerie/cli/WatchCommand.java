package org.menagerie.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.menagerie.Menagerie;
import org.menagerie.MonitoringLoops;
import org.menagerie.MonitoringOptions;
import org.menagerie.watch.PollResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Polls the outlets' feeds and news sitemaps politely (robots.txt, a delay per host, conditional "
                + "GET) and stores each new item as an article, until stopped (SIGTERM finishes the poll in flight).",
                "New stories are checked in this process too, unless watch.check=false (then run 'menagerie worker').",
                "Settings: watch.contact, watch.host-delay-ms, watch.fetch-pages, watch.retention-days, watch.check in menagerie.properties."})
final class WatchCommand implements Callable<Integer> {
    @ParentCommand Main parent;
    @Spec CommandSpec spec;

    @Option(names = "--once", description = "Poll every due source once and exit.")
    boolean once;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Menagerie menagerie = Menagerie.open(parent.workspace())) {
            if (once) {
                List<PollResult> results = menagerie.watchOnce();
                results.forEach(r -> print(out, r));
                out.printf("Polled %d sources; %d new articles stored.%n", results.size(),
                        results.stream().mapToInt(PollResult::stored).sum());
                out.flush();
                return ExitCode.OK;
            }
            CountDownLatch stopped = new CountDownLatch(1);
            MonitoringLoops loops = menagerie.startMonitoring(MonitoringOptions.watching(menagerie.checksInProcess())
                    .reporting(r -> {
                        synchronized (out) {
                            print(out, r);
                            out.flush();
                        }
                    }));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                loops.stop();
                stopped.countDown();
            }, "watch-stop"));
            out.println(loops.checking() ? "Checking new stories in this process (set watch.check=false when workers run)."
                    : "Leaving checking to 'menagerie worker' processes (watch.check=false).");
            out.println("Watching; stop with Ctrl-C or SIGTERM.");
            out.flush();
            stopped.await();
        }
        return ExitCode.OK;
    }

    private static void print(PrintWriter out, PollResult r) {
        out.printf("%-40s %-26s items %4d  stored %4d  problems %3d%s%n", r.sourceId(), r.state(), r.items(), r.stored(),
                r.problems(), r.detail() == null ? "" : "  (" + r.detail() + ")");
    }
}
