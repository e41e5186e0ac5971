package org.menagerie.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.menagerie.Menagerie;
import org.menagerie.ingest.AddressPolicy;
import org.menagerie.ingest.FetchLimits;
import org.menagerie.ingest.Fetcher;
import org.menagerie.ingest.Resolver;
import org.menagerie.watch.Intake;
import org.menagerie.watch.Monitoring;
import org.menagerie.watch.PollResult;
import org.menagerie.watch.Poller;
import org.menagerie.watch.WatchSettings;
import org.menagerie.watch.Watcher;
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
            Watcher watcher = watcher(menagerie, Clock.systemUTC());
            if (once) {
                List<PollResult> results = watcher.once();
                results.forEach(r -> print(out, r));
                out.printf("Polled %d sources; %d new articles stored.%n", results.size(),
                        results.stream().mapToInt(PollResult::stored).sum());
                out.flush();
                return ExitCode.OK;
            }
            org.menagerie.worker.Worker checking = WorkerCommand.inBackground(menagerie, out);
            CountDownLatch done = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                watcher.stop();
                if (checking != null) checking.stop();
                try {
                    done.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "watch-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            out.println("Watching; stop with Ctrl-C or SIGTERM.");
            out.flush();
            try {
                watcher.run(r -> {
                    print(out, r);
                    out.flush();
                });
            } finally {
                done.countDown();
            }
        }
        return ExitCode.OK;
    }

    /** The scheduler over the workspace, its fetcher under the workspace's watch settings. */
    static Watcher watcher(Menagerie menagerie, Clock clock) {
        WatchSettings settings = WatchSettings.from(menagerie.workspace().settings());
        Monitoring m = menagerie.monitoring();
        Fetcher fetcher = fetcher(menagerie);
        Intake intake = Intake.open(m.articles(), m.queue(), clock);
        return new Watcher(new Poller(m.outlets(), intake, fetcher, settings, clock), m, settings, clock);
    }

    /** With {@code watch=true} in the workspace's settings, the scheduler on a thread of its own (for serve); else null. */
    static Thread inBackground(Menagerie menagerie, PrintWriter out) {
        if (!Boolean.parseBoolean(menagerie.workspace().setting("watch", "false").strip())) return null;
        Watcher watcher = watcher(menagerie, Clock.systemUTC());
        Thread t = new Thread(() -> {
            try {
                watcher.run(r -> { });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "watch");
        t.setDaemon(true);
        STOPPERS.put(t, watcher);
        t.start();
        out.println("Watching the outlets' sources (watch=true).");
        org.menagerie.worker.Worker checking = WorkerCommand.inBackground(menagerie, out);
        if (checking != null) CHECKERS.put(t, checking);
        return t;
    }

    /** Stops a background scheduler, letting the poll in flight finish (at most a minute). */
    static void stop(Thread watching) {
        if (watching == null) return;
        Watcher w = STOPPERS.remove(watching);
        if (w != null) w.stop();
        org.menagerie.worker.Worker checking = CHECKERS.remove(watching);
        if (checking != null) checking.stop();
        try {
            watching.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final java.util.Map<Thread, Watcher> STOPPERS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<Thread, org.menagerie.worker.Worker> CHECKERS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The safe fetcher with the desk's User-Agent; loopback only when watch.allow-loopback=true. */
    static Fetcher fetcher(Menagerie menagerie) {
        WatchSettings settings = WatchSettings.from(menagerie.workspace().settings());
        AddressPolicy policy = settings.allowLoopback() ? AddressPolicy.publicOnly().allowingLoopback() : AddressPolicy.publicOnly();
        FetchLimits limits = FetchLimits.defaults();
        return new Fetcher(new FetchLimits(limits.maxBytes(), limits.connectTimeout(), limits.totalTimeout(),
                limits.maxRedirects(), settings.userAgent()), policy, Resolver.system());
    }

    private static void print(PrintWriter out, PollResult r) {
        out.printf("%-40s %-26s items %4d  stored %4d  problems %3d%s%n", r.sourceId(), r.state(), r.items(), r.stored(),
                r.problems(), r.detail() == null ? "" : "  (" + r.detail() + ")");
    }
}
