package org.menagerie.lab.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.menagerie.archive.ArchiveQuery;
import org.menagerie.archive.ArchivedArticle;
import org.menagerie.archive.ArticleIndex;
import org.menagerie.cli.CommandException;
import org.menagerie.cli.ExitCode;
import org.menagerie.feed.Item;
import org.menagerie.feed.ItemReader;
import org.menagerie.search.archive.LuceneArchive;
import org.menagerie.search.solr.SolrArchive;
import org.menagerie.search.solr.SolrSettings;
import org.menagerie.text.Reading;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "archive", mixinStandardHelpOptions = true,
        description = {"Builds an article index of N articles by replaying Telegram exports round after round (dates shifted "
                + "by the stream's span each round, fresh ids), written straight to the index in batches of 1,000, not "
                + "through intake or the store; prints the build rate and the index's size, then times keyword searches "
                + "with facets (2-3 words of a random post, a third of them filtered by its outlet or language) after "
                + "warm-ups, and the heap used.",
                "Languages are told once per post, before the build is timed. The Lucene index lives in a temporary folder "
                + "removed at the end; with --engine solr a new collection bench_*_articles is left on the cluster."})
final class BenchArchiveCommand implements Callable<Integer> {
    static final int BATCH = 1_000, COMMIT_EVERY = 100_000;

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXPORTS_DIR", description = "A folder of Telegram exports (*.json).")
    Path exports;
    @Option(names = "--articles", required = true, paramLabel = "N", description = "Articles to index.")
    int articles;
    @Option(names = "--engine", defaultValue = "lucene", description = "lucene or solr (default: ${DEFAULT-VALUE}).")
    String engine;
    @Option(names = "--solr", paramLabel = "URL", description = "A Solr node's base URL, for --engine solr.")
    String solr;
    @Option(names = "--queries", defaultValue = "300", description = "Timed queries (default: ${DEFAULT-VALUE}).")
    int queries;
    @Option(names = "--warmup", defaultValue = "50", description = "Untimed queries first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || queries < 1 || warmup < 0) throw new CommandException(ExitCode.USAGE, "--articles and --queries must be positive");
        PrintWriter out = spec.commandLine().getOut();
        List<Item> posts = posts();
        String[] languages = new String[posts.size()];
        for (int i = 0; i < languages.length; i++) languages[i] = language(posts.get(i));
        Instant first = posts.get(0).published(), last = posts.get(posts.size() - 1).published();
        Duration span = Duration.between(first, last).plusDays(1);
        out.printf(Locale.ROOT, "%,d posts over %d days, replayed %.1f times%n", posts.size(), span.toDays(), (double) articles / posts.size());
        out.flush();

        Path dir = Files.createTempDirectory("menagerie-bench-archive");
        try (ArticleIndex index = open(dir)) {
            long cpu = Scratch.processCpuNanos(), start = System.nanoTime();
            List<ArchivedArticle> batch = new ArrayList<>(BATCH);
            for (int n = 1; n <= articles; n++) {
                int i = (n - 1) % posts.size();
                Item p = posts.get(i);
                Instant at = p.published().plus(span.multipliedBy((n - 1) / posts.size()));
                batch.add(new ArchivedArticle(n, n, p.outlet() == null ? "telegram" : p.outlet(), p.url(), p.title(), at, at, languages[i], p.text()));
                if (batch.size() == BATCH) {
                    index.write(batch);
                    batch.clear();
                }
                if (n % COMMIT_EVERY == 0) index.commit(n);
            }
            index.write(batch);
            index.commit(articles);
            double seconds = (System.nanoTime() - start) / 1e9, cpuSeconds = (Scratch.processCpuNanos() - cpu) / 1e9;
            long bytes = index.bytes();
            out.printf(Locale.ROOT, "built %,d articles in %.1f s: %.0f articles/s (CPU %.1f s); index %s; load average %.1f%n",
                    index.size(), seconds, articles / seconds, cpuSeconds, bytes < 0 ? "size unknown" : String.format(Locale.ROOT, "%,d MB", bytes >> 20),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.flush();
            time(index, posts, languages, out);
        } finally {
            Scratch.deleteTree(dir);
        }
        out.flush();
        return ExitCode.OK;
    }

    private void time(ArticleIndex index, List<Item> posts, String[] languages, PrintWriter out) {
        Random random = new Random(42);
        List<ArchiveQuery> all = new ArrayList<>();
        while (all.size() < warmup + queries) {
            int i = random.nextInt(posts.size());
            String words = words(posts.get(i), random);
            if (words == null) continue;
            ArchiveQuery q = ArchiveQuery.of(words);
            if (all.size() % 3 == 2) q = random.nextBoolean() || languages[i] == null ? q.withOutlets(posts.get(i).outlet()) : q.withLanguages(languages[i]);
            all.add(q);
        }
        long matched = 0;
        for (ArchiveQuery q : all.subList(0, warmup)) index.search(q);
        double[] ms = new double[queries];
        for (int k = 0; k < queries; k++) {
            long s = System.nanoTime();
            matched += index.search(all.get(warmup + k)).total();
            ms[k] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(ms);
        out.printf(Locale.ROOT, "%d keyword+facets queries after %d warm-ups: p50 %.1f ms, p99 %.1f ms, max %.1f ms; "
                        + "%,d matches a query on average; heap used %,d MB after a collection (peak %,d MB of %,d MB, the language "
                        + "identifier's models included); load average %.1f%n",
                queries, warmup, ms[queries / 2], ms[(int) Math.floor((queries - 1) * 0.99)], ms[queries - 1], matched / queries,
                used() >> 20, peak() >> 20, Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private ArticleIndex open(Path dir) {
        return switch (engine.strip().toLowerCase(Locale.ROOT)) {
            case "lucene" -> LuceneArchive.open(dir.resolve("archive"));
            case "solr" -> {
                if (solr == null) throw new CommandException(ExitCode.USAGE, "--engine solr needs --solr URL");
                yield SolrArchive.open(new SolrSettings(List.of(solr), "bench_" + Long.toString(System.currentTimeMillis(), 36)));
            }
            default -> throw new CommandException(ExitCode.USAGE, "--engine must be lucene or solr: " + engine);
        };
    }

    /** Every post with a text and a date, in time order. */
    private List<Item> posts() throws java.io.IOException {
        if (!Files.isDirectory(exports)) throw new CommandException(ExitCode.NOT_FOUND, "no such folder: " + exports);
        List<Item> items = new ArrayList<>();
        try (Stream<Path> s = Files.list(exports)) {
            for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                ItemReader.export(f, ItemReader.Format.TELEGRAM, i -> {
                    if (i.published() != null && i.text() != null) items.add(i);
                });
            }
        }
        if (items.isEmpty()) throw new CommandException(ExitCode.BAD_INPUT, "no dated posts in " + exports);
        items.sort(Comparator.comparing(Item::published));
        return items;
    }

    private static String language(Item p) {
        String l = p.language() != null ? p.language() : Reading.language(p.text().length() > 400 ? p.text().substring(0, 400) : p.text());
        return l != null && l.matches("[a-z]{2}") ? l : null;
    }

    /** Two or three consecutive words of four letters or more from the post, or null when it has none. */
    private static String words(Item p, Random random) {
        String[] w = Arrays.stream(p.text().split("[^\\p{L}]+")).filter(s -> s.length() >= 4).toArray(String[]::new);
        if (w.length < 3) return null;
        int n = 2 + random.nextInt(2), from = random.nextInt(w.length - n + 1);
        return String.join(" ", Arrays.copyOfRange(w, from, from + n));
    }

    private static long used() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static long peak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}
