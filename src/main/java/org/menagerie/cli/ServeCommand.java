package org.menagerie.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.menagerie.Menagerie;
import org.menagerie.MonitoringLoops;
import org.menagerie.MonitoringOptions;
import org.menagerie.ingest.Fetcher;
import org.menagerie.web.Site;
import org.menagerie.web.WebApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the web site and the JSON API on the workspace until stopped (Ctrl-C).")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand Main parent;
    @Spec CommandSpec spec;

    @Option(names = "--port", defaultValue = "7070", description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "The address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--base-url", description = "The public address of the site, for feeds and the sitemap (default: http://HOST:PORT).")
    String baseUrl;

    @Option(names = "--check-limit", defaultValue = "20", description = "Checks allowed per client address and minute (default: ${DEFAULT-VALUE}).")
    int checkLimit;

    @Option(names = "--max-concurrent-checks", paramLabel = "N",
            description = "Checks running at once; more are answered 503 with Retry-After (default: twice the cores).")
    Integer concurrentChecks;

    @Option(names = "--hsts", description = "Send Strict-Transport-Security (only behind HTTPS).")
    boolean hsts;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Menagerie menagerie = Menagerie.open(parent.workspace());
        Site site = Site.of(menagerie, Fetcher.standard(), baseUrl == null ? "http://" + host + ":" + port : baseUrl, checkLimit);
        org.menagerie.web.Limits limits = org.menagerie.web.Limits.defaults().withHsts(hsts);
        if (concurrentChecks != null) limits = limits.withConcurrentChecks(concurrentChecks);
        WebApp.Server app = WebApp.start(site, host, port, limits);
        CountDownLatch stopped = new CountDownLatch(1);
        if (menagerie.watchesWhenServing()) {
            MonitoringLoops loops = menagerie.startMonitoring(MonitoringOptions.watching(menagerie.checksInProcess()));
            out.println("Watching the outlets' sources (watch=true)" + (loops.checking() ? ", checking new stories in this process."
                    : "; checking is left to 'menagerie worker' processes (watch.check=false)."));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            menagerie.close();
            stopped.countDown();
        }, "menagerie-shutdown"));
        out.printf("Menagerie is serving %d cases on http://%s:%d (workspace %s). Stop with Ctrl-C.%n",
                menagerie.cases().count(), host, app.port(), menagerie.workspace().root());
        if (menagerie.accounts().countAccounts() == 0) {
            out.println("No editor accounts yet: create one with 'menagerie admin create-user NAME --role admin'.");
        }
        out.flush();
        stopped.await();
        return ExitCode.OK;
    }
}
