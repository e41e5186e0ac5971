package org.menagerie.search;

import org.menagerie.NeedsSharedData;
import org.menagerie.store.memory.MemoryCaseStore;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An indexing process killed with SIGKILL part-way leaves an index that catches up to the same answers as a rebuild. */
@NeedsSharedData
class IndexCrashIT {
    static final List<String> QUERIES = List.of("", "razboi", "vaccinurile", "ukraine", "+crimea -nato", "\"european union\"",
            "revised", "Catalonia referendum", "guvernul");

    @Test
    void aKilledIndexerCatchesUpToTheSameIndexAsARebuild(@TempDir Path dir) throws Exception {
        Path killed = dir.resolve("killed");
        var steps = IndexingProcess.script();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"),
                "-Dmenagerie.shared=" + System.getProperty("menagerie.shared", "../shared"),
                IndexingProcess.class.getName(), killed.toString())
                .redirectErrorStream(true).start();
        int applied = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("applied ")) applied = Integer.parseInt(line.substring(8));
                if (applied >= steps.size() / 2) break;
            }
        }
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no closing of the index
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(applied).as("the child got half-way before it was killed").isGreaterThanOrEqualTo(steps.size() / 2);

        MemoryCaseStore store = IndexingProcess.storeAfter(steps);
        long seqAtCrash;
        try (SearchIndex index = SearchIndex.open(killed, false)) {
            seqAtCrash = index.lastSeq();
        }
        assertThat(seqAtCrash).isPositive().isLessThan(store.lastSeq());

        try (Search recovered = Search.open(killed, store, SearchSettings.keywordOnly(), null);
             Search rebuilt = Search.open(dir.resolve("rebuilt"), new MemoryCaseStore(), SearchSettings.keywordOnly(), null)) {
            assertThat(recovered.indexedSeq()).isEqualTo(store.lastSeq());
            assertThat(recovered.size()).isEqualTo(store.count());
            Search fromStore = Search.open(dir.resolve("fresh"), store, SearchSettings.keywordOnly(), null);
            try (fromStore) {
                fromStore.reindex();
                // deleted documents linger in BM25's statistics until merged, so relevance scores may differ
                // slightly; the matches, their order by date and the facet counts must not
                for (String q : QUERIES) {
                    SearchRequest r = SearchRequest.of(q).withPage(1, 100).withSort(SearchRequest.Sort.DATE);
                    SearchResult a = recovered.search(r);
                    SearchResult b = fromStore.search(r);
                    assertThat(a.total()).as(q).isEqualTo(b.total());
                    assertThat(a.hits()).as(q).extracting(SearchResult.Hit::id)
                            .isEqualTo(b.hits().stream().map(SearchResult.Hit::id).toList());
                    assertThat(a.facets()).as(q).isEqualTo(b.facets());
                }
            }
            assertThat(rebuilt.size()).isZero();
        }
    }
}
