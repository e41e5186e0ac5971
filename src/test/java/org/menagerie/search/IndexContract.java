package org.menagerie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.menagerie.Fixtures;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Provenance;
import org.menagerie.catalog.Status;
import org.menagerie.catalog.Verdict;
import org.menagerie.embedding.Embedder;
import org.menagerie.search.SearchRequest.Mode;
import org.menagerie.search.SearchResult.FacetCount;
import org.menagerie.search.SearchResult.Hit;
import org.menagerie.store.memory.MemoryCaseStore;

/**
 * What every search engine behind {@link Search} does, over a slice of the real cases with e5 vectors: each engine's
 * test extends this and says how its engine is opened.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IndexContract {
    private static Embedder e5;
    private MemoryCaseStore store;
    private Search search;

    /**
     * The engine called {@code name}: empty the first time, holding what was written before when opened again
     * (after the previous one was closed).
     */
    protected abstract SearchEngine open(String name, SearchSettings settings);

    @BeforeAll
    void index() {
        if (e5 == null) e5 = Embedder.e5Small();
        store = new MemoryCaseStore();
        List<Case> slice = new ArrayList<>(RealCases.euvsdisinfo(Fixtures.dataset("search-euvsdisinfo.csv")).subList(0, 120));
        slice.addAll(RealCases.rofact(Fixtures.dataset("search-rofact.tsv")).subList(0, 60));
        slice.addAll(SearchTest.russian());
        slice.add(ro("contract-vaccin", "Un vaccin nou modifică ADN-ul celor care îl primesc").build());
        slice.add(ro("contract-draft", "Ciorna despre vaccinul care nu e publicat").status(Status.DRAFT).build());
        store.putAll(slice, "test");
        search = Search.open(open("contract", SearchSettings.defaults()), store, SearchSettings.defaults(), e5, null);
    }

    @AfterAll
    void close() {
        if (search != null) search.close();
    }

    private static Case.Builder ro(String id, String claim) {
        return Case.builder(id, claim).languages(List.of("ro")).countries(List.of("RO")).verdict(Verdict.FALSE)
                .reviewDate(LocalDate.of(2021, 3, 4)).provenance(Provenance.ofEditor("test"));
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(Hit::id).toList();
    }

    @Test
    void holdsEveryCaseOfTheStoreAtItsSequence() {
        assertThat(search.size()).isEqualTo(store.count());
        assertThat(search.indexedSeq()).isEqualTo(store.lastSeq());
        assertThat(search.published()).isEqualTo(store.count() - 1);
    }

    @Test
    void aCaseAddedIsFoundByKeywordInItsLanguage() {
        store.put(ro("contract-added", "Ministerul a ascuns rapoartele despre inundații").build(), "test");
        assertThat(search.refresh()).isEqualTo(1);
        assertThat(ids(search.search(keywordRequest("inundații").withQueryLanguage("ro")))).contains("contract-added");
        assertThat(search.search(SearchRequest.of("inundatii").withQueryLanguage("ro").withMode(Mode.KEYWORD)).hits())
                .extracting(Hit::id).contains("contract-added");
    }

    private SearchRequest keywordRequest(String q) {
        return SearchRequest.of(q).withMode(Mode.KEYWORD).withPage(1, 100);
    }

    @Test
    void romanianIsAnalysedByLemma() {
        SearchResult r = search.search(keywordRequest("vaccinurile").withQueryLanguage("ro"));
        assertThat(ids(r)).contains("contract-vaccin").doesNotContain("contract-draft");
    }

    @Test
    void englishIsStemmedAndRussianToo() {
        assertThat(ids(search.search(keywordRequest("explosion")))).contains("euvsdisinfo-1");
        assertThat(ids(search.search(keywordRequest("взрыв").withQueryLanguage("ru")))).contains("ru-3");
        // another language's rules never stem a query: "crimea" is not the Romanian "crime"
        assertThat(search.search(keywordRequest("vaccinurile").withQueryLanguage("en")).hits()).extracting(Hit::id)
                .doesNotContain("contract-vaccin");
    }

    @Test
    void requiredExcludedWordsAndPhrasesMeanTheSameEverywhere() {
        SearchResult both = search.search(keywordRequest("+Ukraine +NATO"));
        SearchResult without = search.search(keywordRequest("+Ukraine -NATO"));
        SearchResult ukraine = search.search(keywordRequest("+Ukraine"));
        assertThat(both.total()).isPositive();
        assertThat(both.total() + without.total()).isEqualTo(ukraine.total());
        assertThat(search.search(keywordRequest("\"Ukrainian soldiers\"")).total()).isPositive().isLessThan(ukraine.total());
        assertThatThrownBy(() -> search.search(keywordRequest("-NATO"))).isInstanceOf(QueryException.class);
    }

    @Test
    void facetsCountTheResultSet() {
        for (Mode mode : List.of(Mode.KEYWORD, Mode.HYBRID)) {
            SearchResult r = search.search(SearchRequest.of("war ukraine").withQueryLanguage("all").withMode(mode));
            assertThat(r.total()).as(mode.name()).isPositive();
            assertThat(r.facets().get("verdict").stream().mapToLong(FacetCount::count).sum()).as(mode.name()).isEqualTo(r.total());
        }
        SearchResult all = search.search(SearchRequest.of("").withFacetLimit(20));
        assertThat(all.total()).isEqualTo(store.count() - 1);
        assertThat(all.facets().get("language")).contains(new FacetCount("en", 120));
        assertThat(all.facets().keySet()).containsAll(List.of("verdict", "language", "country", "keyword", "outlet", "narrative", "dataset", "year"));
    }

    @Test
    void filtersNarrowEveryMode() {
        for (Mode mode : List.of(Mode.KEYWORD, Mode.VECTOR, Mode.HYBRID)) {
            SearchResult r = search.search(SearchRequest.of("vaccin").withMode(mode).withFilter("language", "RO"));
            assertThat(r.hits()).as(mode.name()).isNotEmpty().allSatisfy(h -> assertThat(h.language()).isEqualTo("ro"));
        }
        SearchResult dated = search.search(SearchRequest.of("").withDates(LocalDate.of(2021, 3, 4), LocalDate.of(2021, 3, 4)));
        assertThat(ids(dated)).contains("contract-vaccin");
        assertThat(dated.hits()).allSatisfy(h -> assertThat(h.date()).isEqualTo(LocalDate.of(2021, 3, 4)));
        SearchRequest drafts = new SearchRequest("ciorna", Map.of(), null, null, null, Mode.KEYWORD, null, 1, 10, 10, true, "ro");
        assertThat(ids(search.search(drafts))).contains("contract-draft");
    }

    @Test
    void sortingByDateIsNewestFirstAndPagesDoNotOverlap() {
        SearchResult r = search.search(SearchRequest.of("").withSort(SearchRequest.Sort.DATE).withPage(1, 50));
        List<LocalDate> dates = r.hits().stream().map(Hit::date).filter(d -> d != null).toList();
        assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
        SearchResult p1 = search.search(keywordRequest("war").withPage(1, 5));
        SearchResult p2 = search.search(keywordRequest("war").withPage(2, 5));
        assertThat(ids(p1)).hasSize(5).doesNotContainAnyElementsOf(ids(p2));
        assertThat(p1.total()).isEqualTo(p2.total());
    }

    @Test
    void snippetsMarkTheWordsFound() {
        SearchResult r = search.search(keywordRequest("Vinnitsa"));
        assertThat(ids(r)).first().isEqualTo("euvsdisinfo-1");
        assertThat(r.hits().get(0).snippet()).contains("<b>Vinnitsa</b>");
        assertThat(r.hits().get(0).title()).isNotBlank();
        assertThat(r.hits().get(0).verdict()).isEqualTo(store.get("euvsdisinfo-1").orElseThrow().verdict().name());
    }

    @Test
    void vectorSearchFindsAParaphrase() {
        SearchResult r = search.search(SearchRequest.of("who blew up the ammunition warehouse").withMode(Mode.VECTOR));
        assertThat(r.mode()).isEqualTo(Mode.VECTOR);
        assertThat(ids(r).subList(0, 3)).contains("euvsdisinfo-1");
        assertThat(r.hits().get(0).snippet()).isNotBlank();
    }

    @Test
    void hybridFusesBothRankingsAndVectorsAddOnlyCasesAboveTheFloor() {
        SearchResult r = search.search(SearchRequest.of("Vinnitsa explosions"));
        assertThat(r.mode()).isEqualTo(Mode.HYBRID);
        assertThat(ids(r).get(0)).isEqualTo("euvsdisinfo-1");
        assertThat(r.total()).isGreaterThanOrEqualTo(search.search(SearchRequest.of("Vinnitsa explosions").withMode(Mode.KEYWORD)).total());
        SearchResult nothing = search.search(SearchRequest.of("zzzqqq"));
        assertThat(nothing.mode()).isEqualTo(Mode.HYBRID);
        assertThat(nothing.total()).isZero();
    }

    @Test
    void claimCandidatesUniteKeywordAndVectorMatchesWithBothScores() {
        Case c = store.get("euvsdisinfo-1").orElseThrow();
        float[] v = e5.query(c.claim());
        List<ClaimCandidate> found = search.claimCandidates(c.claim(), "en", v, 10, 50);
        assertThat(found).extracting(ClaimCandidate::caseId).contains("euvsdisinfo-1").doesNotHaveDuplicates();
        ClaimCandidate self = found.stream().filter(x -> x.caseId().equals("euvsdisinfo-1")).findFirst().orElseThrow();
        assertThat(self.bm25()).isPositive();
        assertThat(self.cosine()).isGreaterThan(0.8);
        assertThat(self.stamp()).isPositive();
        assertThat(search.claimCandidates("vaccinul ciorna publicat", "ro", null, 10, 50)).extracting(ClaimCandidate::caseId)
                .doesNotContain("contract-draft");
        Map<String, Long> df = search.documentFrequencies(List.of("ukrain", "zzzqqq"));
        assertThat(df.get("")).isEqualTo(store.count());
        assertThat(df.get("ukrain")).isPositive().isLessThan(df.get(""));
        assertThat(df.get("zzzqqq")).isZero();
    }

    @Test
    void relatedCasesAreNeighboursAndNeverTheCaseItself() {
        List<Hit> related = search.related("euvsdisinfo-1", 5);
        assertThat(related).hasSize(5).extracting(Hit::id).doesNotContain("euvsdisinfo-1", "contract-draft");
        assertThatThrownBy(() -> search.related("no-such-case", 5)).isInstanceOf(QueryException.class);
    }

    @Test
    void aDeletedCaseIsGone() {
        store.put(ro("contract-doomed", "Apa de ploaie vindecă gripa").build(), "test");
        search.refresh();
        assertThat(ids(search.search(keywordRequest("ploaie").withQueryLanguage("ro")))).contains("contract-doomed");
        store.delete("contract-doomed", "test");
        search.refresh();
        assertThat(ids(search.search(keywordRequest("ploaie").withQueryLanguage("ro")))).doesNotContain("contract-doomed");
        assertThat(search.size()).isEqualTo(store.count());
    }

    @Test
    void catchUpResumesFromTheLastSequenceAfterReopenEmbeddingOnlyWhatChanged() {
        search.close();
        long before = store.lastSeq();
        store.put(ro("contract-later", "Guvernul vinde pădurile străinilor").build(), "test");
        AtomicLong embedded = new AtomicLong(), written = new AtomicLong();
        try (SearchEngine engine = open("contract", SearchSettings.defaults())) {
            assertThat(engine.lastSeq()).isEqualTo(before);
        }
        search = Search.open(open("contract", SearchSettings.defaults()), store, SearchSettings.defaults(), e5, p -> {
            if (p.done()) {
                embedded.addAndGet(p.embedded());
                written.addAndGet(p.cases());
            }
        });
        assertThat(written.get()).isEqualTo(1);
        assertThat(embedded.get()).isEqualTo(1);
        assertThat(search.indexedSeq()).isEqualTo(store.lastSeq());
        assertThat(ids(search.search(keywordRequest("pădurile").withQueryLanguage("ro")))).contains("contract-later");
    }

    @Test
    void reindexReusesEveryUnchangedVector() {
        Search.Reindexed r = search.reindex();
        assertThat(r.cases()).isEqualTo(store.count());
        assertThat(r.embedded()).isZero();
        assertThat(r.reused()).isEqualTo(store.count());
        assertThat(search.size()).isEqualTo(store.count());
        assertThat(ids(search.search(SearchRequest.of("Vinnitsa explosions")))).first().isEqualTo("euvsdisinfo-1");
    }

    @Test
    void reportsItsHealth() {
        IndexHealth h = search.health();
        assertThat(h.state()).isEqualTo(IndexHealth.State.OK);
        assertThat(h.liveNodes()).isEqualTo(h.nodes()).isPositive();
    }
}
