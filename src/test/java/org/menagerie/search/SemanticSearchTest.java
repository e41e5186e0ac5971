package org.menagerie.search;

import org.menagerie.NeedsSharedData;
import org.menagerie.store.memory.MemoryCaseStore;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.Workspace;
import org.menagerie.catalog.Case;
import org.menagerie.embedding.Embedder;
import org.menagerie.search.SearchRequest.Mode;
import org.menagerie.search.SearchResult.Hit;

/** Vectors, hybrid ranking, vector reuse and a model loaded from files, on a slice of the real cases. */
@NeedsSharedData
class SemanticSearchTest {
    @TempDir
    static Path dir;
    static MemoryCaseStore store;
    static Search search;
    static Embedder e5;

    @BeforeAll
    static void index() {
        store = new MemoryCaseStore();
        List<Case> slice = new ArrayList<>(RealCases.euvsdisinfo().subList(0, 120));
        slice.addAll(RealCases.rofact().subList(0, 60));
        store.putAll(slice, "test");
        e5 = Embedder.e5Small();
        search = Search.open(dir.resolve("index"), store, SearchSettings.defaults(), e5);
    }

    @AfterAll
    static void close() {
        search.close();
    }

    static List<String> ids(SearchResult r) {
        return r.hits().stream().map(Hit::id).toList();
    }

    @Test
    void vectorSearchFindsAParaphrase() {
        // euvsdisinfo-1: "Explosions in Vinnitsa were organized by Ukrainian soldiers"
        SearchResult r = search.search(SearchRequest.of("who blew up the ammunition warehouse").withMode(Mode.VECTOR));
        assertThat(r.mode()).isEqualTo(Mode.VECTOR);
        assertThat(ids(r).subList(0, 3)).contains("euvsdisinfo-1");
    }

    @Test
    void hybridIsTheDefaultAndFusesBothRankings() {
        SearchResult r = search.search(SearchRequest.of("Vinnitsa explosions"));
        assertThat(r.mode()).isEqualTo(Mode.HYBRID);
        assertThat(ids(r).get(0)).isEqualTo("euvsdisinfo-1");
        assertThat(r.hits().get(0).snippet()).contains("<b>Vinnitsa</b>");
        // a hybrid result may also hold cases without the words, vector neighbours above the floor
        assertThat(r.total()).isGreaterThanOrEqualTo(search.search(SearchRequest.of("Vinnitsa explosions").withMode(Mode.KEYWORD)).total());
    }

    @Test
    void wordsThatMatchNothingFindNothingEvenWithVectors() {
        SearchResult r = search.search(SearchRequest.of("zzzqqq"));
        assertThat(r.mode()).isEqualTo(Mode.HYBRID);
        assertThat(r.total()).isZero();
        assertThat(r.hits()).isEmpty();
    }

    @Test
    void theTotalIsTheSumOfOneFacetInHybridSearch() {
        SearchResult r = search.search(SearchRequest.of("war ukraine").withQueryLanguage("all"));
        assertThat(r.mode()).isEqualTo(Mode.HYBRID);
        assertThat(r.total()).isPositive();
        assertThat(r.facets().get("verdict").stream().mapToLong(SearchResult.FacetCount::count).sum()).isEqualTo(r.total());
    }

    @Test
    void reciprocalRankFusionCanBeChosen() {
        try (Search rrf = Search.open(dir.resolve("index-rrf"), store,
                SearchSettings.defaults().withFusion(SearchSettings.Fusion.RRF, 0.4f), e5)) {
            assertThat(ids(rrf.search(SearchRequest.of("Vinnitsa explosions")))).contains("euvsdisinfo-1");
        }
    }

    @Test
    void filtersApplyToVectorNeighbours() {
        SearchResult r = search.search(SearchRequest.of("war").withMode(Mode.VECTOR).withFilter("language", "ro"));
        assertThat(r.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.language()).isEqualTo("ro"));
    }

    @Test
    void relatedCasesAreVectorNeighbours() {
        List<Hit> related = search.related("euvsdisinfo-1", 5);
        assertThat(related).hasSize(5).extracting(Hit::id).doesNotContain("euvsdisinfo-1");
    }

    @Test
    void reindexReusesTheVectorsOfUnchangedCases() {
        Case changed = store.get("euvsdisinfo-2").orElseThrow();
        store.put(changed.toBuilder().summary(changed.summary() + " Updated by an editor.").build(), "test");
        Search.Reindexed r = search.reindex();
        assertThat(r.cases()).isEqualTo(store.count());
        assertThat(r.embedded()).isEqualTo(1);
        assertThat(r.reused()).isEqualTo(store.count() - 1);
        assertThat(search.size()).isEqualTo(store.count());
        assertThat(ids(search.search(SearchRequest.of("Vinnitsa explosions")))).first().isEqualTo("euvsdisinfo-1");
    }

    @Test
    void anOnnxModelNamedInTheSettingsIsLoadedFromFiles(@TempDir Path ws) throws IOException {
        Files.createDirectories(ws.resolve("model"));
        copyResource("/bge-small-en-v1.5-q.onnx", ws.resolve("model/bge.onnx"));
        copyResource("/bge-small-en-v1.5-q-tokenizer.json", ws.resolve("model/tokenizer.json"));
        Files.writeString(ws.resolve(Workspace.CONFIG_FILE), String.join("\n",
                "embedding.onnx=model/bge.onnx", "embedding.tokenizer=model/tokenizer.json", "embedding.pooling=cls",
                "embedding.queryPrefix=Represent this sentence for searching relevant passages: "));
        Workspace workspace = Workspace.at(ws);
        MemoryCaseStore small = new MemoryCaseStore();
        small.putAll(RealCases.euvsdisinfo().subList(0, 20), "test");
        try (Search s = Search.open(workspace.index(), small, SearchSettings.from(workspace.settings(), workspace.root()), null)) {
            assertThat(s.embedder().name()).isEqualTo("bge.onnx");
            assertThat(s.embedder().dimension()).isEqualTo(384);
            SearchResult r = s.search(SearchRequest.of("blasts at a munitions depot blamed on soldiers").withMode(Mode.VECTOR));
            assertThat(ids(r).get(0)).isEqualTo("euvsdisinfo-1");
        }
    }

    private static void copyResource(String name, Path to) throws IOException {
        try (InputStream in = SemanticSearchTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name + " on the classpath").isNotNull();
            Files.copy(in, to);
        }
    }
}
