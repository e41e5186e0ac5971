package org.menagerie.lab.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.menagerie.Menagerie;
import org.menagerie.Workspace;
import org.menagerie.cli.CommandException;
import org.menagerie.cli.ExitCode;
import org.menagerie.feed.Item;
import org.menagerie.feed.ItemReader;
import org.menagerie.ingest.AddressPolicy;
import org.menagerie.ingest.FetchLimits;
import org.menagerie.ingest.Fetcher;
import org.menagerie.outlet.Outlet;
import org.menagerie.outlet.Source;
import org.menagerie.outlet.SourceKind;
import org.menagerie.watch.ArticleQuery;
import org.menagerie.watch.Intake;
import org.menagerie.watch.Monitoring;
import org.menagerie.watch.Pages;
import org.menagerie.watch.PollResult;
import org.menagerie.watch.Poller;
import org.menagerie.watch.WatchSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "monitoring", mixinStandardHelpOptions = true,
        description = {"Measures intake side by side in fresh temporary workspaces: channel exports replayed from disk in "
                + "time order (read, language, de-duplicate, store, hand on), and HTML pages served by a server on "
                + "127.0.0.1 (feed, fetch, extract, de-duplicate, store). Also the store's size per day of the replay.",
                "No per-host delay for the page server: it measures Menagerie's work, not politeness."})
final class BenchMonitoringCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXPORTS", description = "A folder of Telegram exports (*.json).")
    Path exports;

    @Parameters(index = "1", paramLabel = "PAGES", description = "A folder of HTML pages (*.html or *.html.gz).")
    Path pages;

    @Option(names = "--pages", defaultValue = "240", description = "Pages served and read (default: ${DEFAULT-VALUE}).")
    int pageCount;

    @Option(names = "--limit", paramLabel = "N", description = "Replay only the first N posts in time order (default: all).")
    Integer limit;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Item> items = new ArrayList<>();
        for (Path f : list(exports, ".json")) ItemReader.export(f, ItemReader.Format.TELEGRAM, items::add);
        items.sort(Comparator.comparing((Item i) -> i.published() == null ? Instant.EPOCH : i.published()));
        if (items.isEmpty()) throw new CommandException(ExitCode.BAD_INPUT, "no posts in " + exports);
        if (limit != null && limit < items.size()) items = new ArrayList<>(items.subList(0, Math.max(1, limit)));
        List<byte[]> html = new ArrayList<>();
        for (Path f : list(pages, ".html")) html.add(read(f));
        for (Path f : list(pages, ".html.gz")) html.add(read(f));
        if (html.isEmpty()) throw new CommandException(ExitCode.BAD_INPUT, "no pages in " + pages);

        // lingua loads its language models at the first texts (seconds of CPU, once a process): intake loads them all
        // when it opens, so that a stream does not pay for it in the midst of its items; timed apart here
        long loadCpu = Scratch.processCpuNanos(), loadStart = System.nanoTime();
        org.menagerie.text.Languages.warmUp();
        out.printf("language models loaded in %.1f s (CPU %.1f s), before the clock starts%n", (System.nanoTime() - loadStart) / 1e9,
                (Scratch.processCpuNanos() - loadCpu) / 1e9);
        Path dir = Files.createTempDirectory("menagerie-bench-monitoring");
        try {
            Properties settings = new Properties();
            settings.setProperty(Menagerie.DEMO_SETTING, "false");
            try (Menagerie m = Menagerie.open(new Workspace(dir.resolve("replay"), settings))) {
                long before = storeBytes(dir.resolve("replay"));
                Monitoring mon = m.monitoring();
                Intake intake = Intake.open(mon.articles(), mon.queue(), Clock.systemUTC());
                long cpu = Scratch.processCpuNanos(), start = System.nanoTime();
                intake.takeAll("export:telegram", "replay", items, "bench", Pages.NONE, Runtime.getRuntime().availableProcessors());
                double seconds = (System.nanoTime() - start) / 1e9, cpuSeconds = (Scratch.processCpuNanos() - cpu) / 1e9;
                out.printf("Telegram replay: %,d items in %.1f s: %.0f items/s (CPU %.1f s: %.0f items per CPU-second)%n",
                        items.size(), seconds, items.size() / seconds, cpuSeconds, items.size() / cpuSeconds);
                out.printf("  where the time went (summed over threads): %s%n", intake.times().summary());
                long stored = mon.articles().count(ArticleQuery.recent(1));
                double days = Math.max(1, java.time.Duration.between(items.get(0).published(), items.get(items.size() - 1).published()).toHours() / 24.0);
                out.printf("  stored %,d articles; store grew by %,d KB (texts %,d KB) for %.0f days of the stream: %.0f KB per day%n",
                        stored, (storeBytes(dir.resolve("replay")) - before) / 1024, mon.articles().textBytes() / 1024, days,
                        (storeBytes(dir.resolve("replay")) - before) / 1024.0 / days);
            }
            out.flush();
            try (Menagerie m = Menagerie.open(new Workspace(dir.resolve("pages"), settings)); Server server = new Server(html)) {
                Monitoring mon = m.monitoring();
                mon.outlets().put(new Outlet("bench", "Bench", null, List.of(), null, List.of(), null));
                Source s = mon.outlets().addSource(Source.fresh("bench/feed", "bench", SourceKind.FEED, server.feed(pageCount), Instant.now()));
                Fetcher fetcher = new Fetcher(FetchLimits.defaults(), AddressPolicy.loopbackOnly(), host -> {
                    throw new UnknownHostException(host);
                });
                WatchSettings ws = WatchSettings.from(new Properties()).withHostDelay(0).withFetchPages(true);
                ws = new WatchSettings(ws.userAgent(), ws.robotName(), 0, true, pageCount + 1, 0, true, ws.schedule());
                Intake pageIntake = Intake.open(mon.articles(), mon.queue(), Clock.systemUTC());
                Poller poller = new Poller(mon.outlets(), pageIntake, fetcher, ws, Clock.systemUTC());
                long cpu = Scratch.processCpuNanos(), start = System.nanoTime();
                PollResult r = poller.poll(s);
                double seconds = (System.nanoTime() - start) / 1e9, cpuSeconds = (Scratch.processCpuNanos() - cpu) / 1e9;
                out.printf("HTML pages from 127.0.0.1: %,d pages (%s, %d stored) in %.1f s: %.0f pages/s (CPU %.1f s: %.0f pages per CPU-second)%n",
                        r.items(), r.state(), r.stored(), seconds, r.items() / seconds, cpuSeconds, r.items() / cpuSeconds);
                out.printf("  page requests served: %,d%n", server.pagesServed);
                out.printf("  where the time went (summed over threads; page = fetch + extract): %s%n", pageIntake.times().summary());
            }
        } finally {
            Scratch.deleteTree(dir);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static long storeBytes(Path workspace) throws IOException {
        try (Stream<Path> s = Files.walk(workspace.resolve("store"))) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) throw new CommandException(ExitCode.NOT_FOUND, "no such folder: " + dir);
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static byte[] read(Path f) throws IOException {
        try (InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(f)) : Files.newInputStream(f)) {
            return in.readAllBytes();
        }
    }

    /** Pages on 127.0.0.1, and a feed whose items link to them, each only a summary so that every page is fetched. */
    private static final class Server implements AutoCloseable {
        private final HttpServer http;
        volatile int pagesServed;

        Server(List<byte[]> pages) throws IOException {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            http.createContext("/", x -> {
                try (x) {
                    String path = x.getRequestURI().getPath();
                    byte[] body;
                    String type = "text/html; charset=utf-8";
                    if (path.equals("/feed.xml")) {
                        body = feedXml(Integer.parseInt(x.getRequestURI().getQuery())).getBytes(StandardCharsets.UTF_8);
                        type = "application/rss+xml";
                    } else if (path.startsWith("/p/")) {
                        int n = Integer.parseInt(path.replaceAll("\\D", ""));
                        body = pages.get(n % pages.size());
                        type = "text/html";
                        pagesServed++;
                    } else {
                        x.sendResponseHeaders(404, -1);
                        return;
                    }
                    x.getResponseHeaders().add("Content-Type", type);
                    x.sendResponseHeaders(200, body.length);
                    x.getResponseBody().write(body);
                }
            });
            http.start();
        }

        String feed(int n) {
            return "http://127.0.0.1:" + http.getAddress().getPort() + "/feed.xml?" + n;
        }

        private String feedXml(int n) {
            StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Bench</title>"
                    + "<link>http://127.0.0.1/</link><description>pages</description>");
            String base = "http://127.0.0.1:" + http.getAddress().getPort();
            for (int i = 0; i < n; i++) {
                b.append("<item><title>Page ").append(i).append("</title><link>").append(base).append("/p/").append(i)
                        .append(".html</link><guid>p").append(i).append("</guid><description>Summary ").append(i)
                        .append("</description></item>");
            }
            return b.append("</channel></rss>").toString();
        }

        @Override
        public void close() {
            http.stop(0);
        }
    }
}
