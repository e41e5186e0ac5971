package org.menagerie.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.menagerie.catalog.Case;
import org.menagerie.search.solr.SolrCluster;
import org.menagerie.search.solr.SolrIndex;
import org.menagerie.search.solr.SolrSettings;

/**
 * The embedded index and SolrCloud side by side over the same cases: {@code EngineBench DIR [CASES [QUERIES]]} writes the
 * real RoFact and EUvsDisinfo cases (a seeded sample of CASES of them) with their e5 vectors (embedded once, cached in DIR as {@link SearchBench} does) to a Lucene
 * index and to a collection on the two-node test cluster ({@link SolrCluster}; build it first with {@code mvn verify}),
 * then times the same keyword, vector and hybrid requests, facets counted, on each: p50 and p99 after a warm-up.
 * Queries are made as in {@link SearchBench}; vectors come with the requests, so no time goes to embedding queries.
 * With {@code -Dbench.workspace=W} the cases are W's whole catalog with the vectors W's embedded index holds.
 */
public final class EngineBench {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        Files.createDirectories(dir);
        List<Case> base;
        float[][] vectors;
        String workspace = System.getProperty("bench.workspace");
        if (workspace != null) {
            // a workspace's whole catalog, with the vectors its embedded index already holds: nothing is embedded
            base = new ArrayList<>();
            try (org.menagerie.Menagerie m = org.menagerie.Menagerie.open(new org.menagerie.Workspace(Path.of(workspace), new java.util.Properties()))) {
                m.cases().forEach(base::add);
            }
            vectors = new float[base.size()][];
            try (LuceneIndex index = LuceneIndex.open(Path.of(workspace, "index"), SearchSettings.defaults())) {
                for (int i = 0; i < base.size(); i += 500) {
                    List<Case> chunk = base.subList(i, Math.min(base.size(), i + 500));
                    Map<String, SearchEngine.StoredVector> stored = index.vectors(chunk.stream().map(Case::id).toList());
                    for (int j = 0; j < chunk.size(); j++) {
                        SearchEngine.StoredVector v = stored.get(chunk.get(j).id());
                        if (v == null) throw new IllegalStateException("no vector in the workspace's index for " + chunk.get(j).id());
                        vectors[i + j] = v.vector();
                    }
                }
            }
        } else {
            base = new ArrayList<>(RealCases.rofact());
            base.addAll(RealCases.euvsdisinfo());
            java.util.Collections.shuffle(base, new Random(7));
            base = base.subList(0, Math.min(limit, base.size()));
            vectors = SearchBench.baseVectors(dir, base);
        }
        List<SearchEngine.Entry> entries = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            entries.add(new SearchEngine.Entry(base.get(i), vectors[i], "bench-" + i, i + 1));
        }
        System.out.printf("%s: %d real cases, %d queries a kind, %d cores, java %s, load average %.1f%n", LocalDate.now(),
                base.size(), queries, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Map<String, List<SearchRequest>> kinds = requests(base, vectors, queries);
        Map<String, SearchEngine> engines = new LinkedHashMap<>();
        engines.put("lucene", LuceneIndex.open(Files.createTempDirectory(dir, "lucene-"), SearchSettings.defaults()));
        engines.put("solr", SolrIndex.open(new SolrSettings(SolrCluster.get().nodeUrls(), "bench"), SearchSettings.defaults()));
        for (var e : engines.entrySet()) {
            long t = System.nanoTime();
            for (int i = 0; i < entries.size(); i += 500) {
                e.getValue().apply(entries.subList(i, Math.min(entries.size(), i + 500)), List.of(), Math.min(entries.size(), i + 500));
            }
            System.out.printf("%-6s wrote %d cases in %.1f s%n", e.getKey(), e.getValue().size(), (System.nanoTime() - t) / 1e9);
        }
        for (var kind : kinds.entrySet()) {
            StringBuilder line = new StringBuilder(String.format("%-15s", kind.getKey()));
            for (var e : engines.entrySet()) {
                time(e.getValue(), kind.getValue().subList(0, Math.min(50, queries)));
                long[] ns = time(e.getValue(), kind.getValue());
                line.append(String.format("  %s p50 %6.1f ms p99 %6.1f ms", e.getKey(), ns[ns.length / 2] / 1e6,
                        ns[(int) (ns.length * 0.99)] / 1e6));
            }
            System.out.println(line);
        }
        engines.values().forEach(SearchEngine::close);
        System.exit(0);
    }

    private static Map<String, List<SearchRequest>> requests(List<Case> base, float[][] vectors, int n) {
        Random q = new Random(42);
        List<SearchRequest> keyword = new ArrayList<>(), vector = new ArrayList<>(), hybrid = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = q.nextInt(base.size());
            SearchRequest r = SearchRequest.of(SearchBench.words(base.get(k).title(), q)).withQueryLanguage("all");
            r = switch (q.nextInt(6)) {
                case 0 -> r.withFilter("verdict", base.get(q.nextInt(base.size())).verdict().name());
                case 1 -> r.withFilter("language", q.nextBoolean() ? "ro" : "en");
                default -> r;
            };
            keyword.add(r.withMode(SearchRequest.Mode.KEYWORD));
            vector.add(r.withMode(SearchRequest.Mode.VECTOR).withVector(SearchBench.noisy(vectors[q.nextInt(base.size())], q)));
            hybrid.add(r.withMode(SearchRequest.Mode.HYBRID).withVector(SearchBench.noisy(vectors[k], q)));
        }
        Map<String, List<SearchRequest>> out = new LinkedHashMap<>();
        out.put("keyword+facets", keyword);
        out.put("vector+facets", vector);
        out.put("hybrid+facets", hybrid);
        return out;
    }

    private static long[] time(SearchEngine engine, List<SearchRequest> requests) {
        long[] ns = new long[requests.size()];
        for (int i = 0; i < ns.length; i++) {
            long t = System.nanoTime();
            engine.search(requests.get(i), null);
            ns[i] = System.nanoTime() - t;
        }
        Arrays.sort(ns);
        return ns;
    }
}
