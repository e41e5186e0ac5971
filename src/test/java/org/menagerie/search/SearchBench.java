package org.menagerie.search;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Verdict;
import org.menagerie.embedding.Embedder;

/**
 * Measures search at scale: {@code SearchBench DIR N [N...]} builds an index of N cases in DIR/N and reports build
 * time, index size, peak heap and the p50/p99 latency of keyword+facets, vector and hybrid queries.
 *
 * <p>A size ending in {@code -novectors} ({@code 1000000-novectors}) builds a keyword-only index.
 *
 * <p>The cases are the real RoFact and EUvsDisinfo 2015-2017 cases cloned: each clone gets its own id, a random date
 * (2014-2025), verdict, countries, keywords and narrative, and its text perturbed (one word dropped, two words from
 * elsewhere in the corpus added), so that terms and facets have realistic but varied statistics. Embedding a million
 * texts on two cores would take days, so the real cases are embedded once (e5-small-v2-q, cached in DIR) and each clone
 * gets its original's vector plus Gaussian noise (sigma 0.03 a dimension), renormalised. Queries: 2-3 consecutive
 * words from a random real title, half of them with a filter (verdict, language or year); vector queries are the
 * vectors of random real cases, perturbed the same way; hybrid queries are both together. Facets are always counted.
 */
public final class SearchBench {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        List<Case> base = new ArrayList<>(RealCases.rofact());
        base.addAll(RealCases.euvsdisinfo());
        float[][] vectors = baseVectors(dir, base);
        String[] vocabulary = base.stream().flatMap(c -> Arrays.stream(c.claim().split("\\s+"))).toArray(String[]::new);
        System.out.printf("%s: %d real cases, %d cores, max heap %d MB, java %s%n", LocalDate.now(), base.size(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        for (int a = 1; a < args.length; a++) {
            boolean withVectors = !args[a].endsWith("-novectors");
            int n = Integer.parseInt(args[a].replace("-novectors", ""));
            run(dir.resolve(args[a]), n, base, withVectors ? vectors : null, vectors, vocabulary);
        }
    }

    /** {@code vectors} null builds a keyword-only index; {@code queryVectors} are only used when it is not. */
    private static void run(Path dir, int n, List<Case> base, float[][] vectors, float[][] queryVectors, String[] vocabulary)
            throws IOException {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
        Random random = new Random(n);
        HnswSettings hnsw = HnswSettings.from(System.getProperties());
        double ramMB = Double.parseDouble(System.getProperty("bench.ramMB", "512"));
        int commitEvery = Integer.getInteger("bench.commitEvery", 0);
        System.out.printf("%d cases: %s, RAM buffer %.0f MB, %s%n", n, hnsw, ramMB,
                commitEvery > 0 ? "commit every " + commitEvery + " cases (as a catch-up does)" : "one commit at the end (as a reindex does)");
        long start = System.nanoTime(), cpuStart = cpuNanos();
        if (Boolean.getBoolean("bench.reuse") && Files.exists(dir)) {
            System.out.printf("%d cases: reusing the index in %s%n", n, dir);
        } else {
            long added, committed;
            try (SearchIndex index = SearchIndex.open(dir, true, ramMB, hnsw)) {
                for (int i = 0; i < n; i++) {
                    int k = i % base.size();
                    Case c = clone(base.get(k), i, random, vocabulary);
                    index.add(vectors == null ? CaseDocument.of(c, null, null) : CaseDocument.of(c, noisy(vectors[k], random), "bench"));
                    if (commitEvery > 0 && (i + 1) % commitEvery == 0) index.commit(i + 1);
                    if ((i + 1) % Math.max(10_000, n / 10) == 0) System.out.printf("  %d cases indexed, %.0f s%n", i + 1, (System.nanoTime() - start) / 1e9);
                }
                added = System.nanoTime();
                index.commit(n);
                committed = System.nanoTime();
            } // closing waits for the merges still running: part of the build
            double buildSeconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (cpuNanos() - cpuStart) / 1e9;
            System.out.printf("%d cases%s: build %.0f s (%.0f cases/s; adding %.0f s, last commit %.0f s, waiting for merges %.0f s), peak heap during build %d MB%n", n,
                    vectors == null ? " (no vectors)" : " with vectors", buildSeconds, n / buildSeconds, (added - start) / 1e9,
                    (committed - added) / 1e9, (System.nanoTime() - committed) / 1e9, peakHeap() >> 20);
            // on a shared machine the wall time says how much CPU others left; the CPU time is the build's own cost
            System.out.printf("  build CPU %.0f s (%.0f cases a CPU second), load average now %.1f%n", cpuSeconds, n / cpuSeconds,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        long size;
        try (Stream<Path> files = Files.walk(dir)) {
            size = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("  index %d MB%n", size >> 20);

        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
        long open = System.nanoTime();
        try (SearchIndex index = SearchIndex.open(dir, false, hnsw)) {
            SearchIndex.View opened = index.acquire();
            System.out.printf("  open with facet state: %.1f s, %d segments%n", (System.nanoTime() - open) / 1e9,
                    opened.searcher().getIndexReader().leaves().size());
            index.release(opened);
            if (vectors != null) VectorRecall.report(index, queryVectors, Integer.getInteger("bench.recall", 100));
            Searching searching = new Searching(LanguageAnalyzers.perField(), SearchSettings.defaults());
            Random q = new Random(42);
            List<SearchRequest> keyword = new ArrayList<>();
            List<SearchRequest> vector = new ArrayList<>();
            List<SearchRequest> hybrid = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                int k = q.nextInt(base.size());
                SearchRequest r = SearchRequest.of(words(base.get(k).title(), q));
                r = switch (q.nextInt(6)) {
                    case 0 -> r.withFilter("verdict", "FALSE");
                    case 1 -> r.withFilter("language", base.get(k).language());
                    case 2 -> r.withFilter("year", String.valueOf(2014 + q.nextInt(12)));
                    default -> r;
                };
                keyword.add(r.withMode(SearchRequest.Mode.KEYWORD));
                float[] v = noisy(queryVectors[q.nextInt(base.size())], q);
                vector.add(r.withMode(SearchRequest.Mode.VECTOR).withVector(v));
                hybrid.add(r.withMode(SearchRequest.Mode.HYBRID).withVector(noisy(queryVectors[k], q)));
            }
            var kinds = vectors == null ? Map.of("keyword+facets", keyword)
                    : Map.of("keyword+facets", keyword, "vector+facets", vector, "hybrid+facets", hybrid);
            for (var entry : kinds.entrySet()) {
                time(index, searching, entry.getValue().subList(0, 50));
                long[] ms = time(index, searching, entry.getValue());
                System.out.printf("  %-15s p50 %5.1f ms  p99 %6.1f ms  (%d queries)%n", entry.getKey(),
                        ms[ms.length / 2] / 1e6, ms[(int) (ms.length * 0.99)] / 1e6, ms.length);
            }
        }
        System.out.printf("  peak heap while searching %d MB%n", peakHeap() >> 20);
    }

    private static long[] time(SearchIndex index, Searching searching, List<SearchRequest> requests) throws IOException {
        long[] ns = new long[requests.size()];
        for (int i = 0; i < ns.length; i++) {
            long t = System.nanoTime();
            SearchIndex.View view = index.acquire();
            try {
                searching.run(view, requests.get(i), null);
            } finally {
                index.release(view);
            }
            ns[i] = System.nanoTime() - t;
        }
        Arrays.sort(ns);
        return ns;
    }

    static String words(String title, Random r) {
        String[] w = title.split("\\s+");
        int len = Math.min(w.length, 2 + r.nextInt(2));
        int from = r.nextInt(w.length - len + 1);
        return String.join(" ", Arrays.copyOfRange(w, from, from + len)).replaceAll("[\"+-]", " ");
    }

    private static final List<String> COUNTRIES = List.of("RO", "MD", "UA", "RU", "US", "DE", "FR", "PL", "GB", "HU", "LT", "LV");
    private static final List<String> OUTLETS = List.of("sputnik", "rt", "tass", "ren.tv", "antena3", "realitatea", "facebook", "telegram");

    private static Case clone(Case c, int i, Random r, String[] vocabulary) {
        String[] words = c.claim().split("\\s+");
        List<String> claim = new ArrayList<>(Arrays.asList(words));
        if (claim.size() > 3) claim.remove(r.nextInt(claim.size()));
        claim.add(vocabulary[r.nextInt(vocabulary.length)]);
        claim.add(r.nextInt(claim.size()), vocabulary[r.nextInt(vocabulary.length)]);
        Verdict[] verdicts = Verdict.values();
        return c.toBuilder().id("bench-" + i).claim(String.join(" ", claim))
                .verdict(r.nextInt(3) == 0 ? c.verdict() : verdicts[r.nextInt(verdicts.length)])
                .firstSeen(LocalDate.of(2014, 1, 1).plusDays(r.nextInt(12 * 365)))
                .countries(List.of(COUNTRIES.get(r.nextInt(COUNTRIES.size())), COUNTRIES.get(r.nextInt(COUNTRIES.size()))))
                .keywords(Stream.concat(c.keywords().stream().limit(2), Stream.of("topic-" + r.nextInt(500))).toList())
                .appearances(List.of(new org.menagerie.catalog.Appearance(OUTLETS.get(r.nextInt(OUTLETS.size())) + r.nextInt(50), null, null, null)))
                .narratives(List.of("narrative-" + r.nextInt(200))).build();
    }

    static float[] noisy(float[] v, Random r) {
        float[] out = new float[v.length];
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] + r.nextGaussian() * 0.03);
            sum += out[i] * out[i];
        }
        float norm = (float) Math.sqrt(sum);
        for (int i = 0; i < v.length; i++) out[i] /= norm;
        return out;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak;
    }

    /** The e5 vectors of the real cases, embedded once and kept in {@code dir}. */
    static float[][] baseVectors(Path dir, List<Case> base) throws IOException {
        Path cache = dir.resolve("base-vectors-" + base.size() + ".bin");
        if (Files.exists(cache)) {
            try (var in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(cache)))) {
                float[][] v = new float[in.readInt()][in.readInt()];
                for (float[] row : v) for (int j = 0; j < row.length; j++) row[j] = in.readFloat();
                return v;
            }
        }
        Embedder e5 = Embedder.e5Small();
        long t = System.nanoTime();
        List<float[]> all = new ArrayList<>();
        for (int i = 0; i < base.size(); i += 64) {
            all.addAll(e5.passages(base.subList(i, Math.min(base.size(), i + 64)).stream().map(CaseDocument::passage).toList()));
        }
        System.out.printf("embedded %d real cases in %.0f s (%.0f passages/s)%n", base.size(), (System.nanoTime() - t) / 1e9,
                base.size() / ((System.nanoTime() - t) / 1e9));
        float[][] v = all.toArray(float[][]::new);
        try (var out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(cache)))) {
            out.writeInt(v.length);
            out.writeInt(v[0].length);
            for (float[] row : v) for (float x : row) out.writeFloat(x);
        }
        return v;
    }
}
