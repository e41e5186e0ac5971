package org.menagerie.search;

import org.menagerie.NeedsSharedData;
import org.menagerie.store.memory.MemoryCaseStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Provenance;
import org.menagerie.catalog.Status;
import org.menagerie.catalog.Verdict;
import org.menagerie.search.SearchRequest.Mode;
import org.menagerie.search.SearchResult.Hit;

/** Keyword search over the real RoFact (Romanian) and EUvsDisinfo 2015-2017 (English) cases, without vectors. */
@NeedsSharedData
class SearchTest {
    @TempDir
    static Path dir;
    static MemoryCaseStore store;
    static Search search;

    /**
     * The data holds no Russian-language case text, only Russian phrases quoted in English cases; these cases are
     * made of those phrases (and a translated real title) to exercise the Russian analysis.
     */
    static List<Case> russian() {
        return List.of(
                Case.builder("ru-1", "Эстонские налогоплательщики оплачивают лечение украинских карателей")
                        .languages(List.of("ru")).verdict(Verdict.DISINFORMATION).provenance(Provenance.ofEditor("test")).build(),
                Case.builder("ru-2", "Русский мир — это существующая реальность")
                        .languages(List.of("ru")).verdict(Verdict.DISINFORMATION).provenance(Provenance.ofEditor("test")).build(),
                Case.builder("ru-3", "Взрывы в Виннице организовали украинские военные")
                        .languages(List.of("ru")).verdict(Verdict.DISINFORMATION).provenance(Provenance.ofEditor("test")).build());
    }

    @BeforeAll
    static void index() {
        store = new MemoryCaseStore();
        store.putAll(RealCases.rofact(), "test");
        store.putAll(RealCases.euvsdisinfo(), "test");
        store.putAll(russian(), "test");
        search = Search.open(dir.resolve("index"), store, SearchSettings.keywordOnly(), null);
    }

    @AfterAll
    static void close() {
        search.close();
    }

    static List<Hit> all(SearchRequest r) {
        return search.search(r.withPage(1, 100)).hits();
    }

    static String text(String id) {
        Case c = store.get(id).orElseThrow();
        return (c.claim() + " " + c.title() + " " + c.summary() + " " + c.debunk()).toLowerCase(Locale.ROOT);
    }

    @Test
    void indexesEveryCaseInTheStore() {
        assertThat(search.size()).isEqualTo(store.count());
        assertThat(search.indexedSeq()).isEqualTo(store.lastSeq());
    }

    @Test
    void romanianWithoutDiacriticsFindsTheWordWithThem() {
        List<Hit> hits = all(SearchRequest.of("razboi").withQueryLanguage("ro"));
        assertThat(hits).isNotEmpty();
        assertThat(hits).allSatisfy(h -> assertThat(text(h.id())).containsPattern("r[aă]zbo"));
        assertThat(hits.stream().filter(h -> text(h.id()).contains("război"))).isNotEmpty();
    }

    @Test
    void romanianInflectedQueryFindsOtherFormsOfTheWord() {
        // RoFact has no "vaccin" itself; its vaccine cases say "vaccinare", which shares the stem
        List<Hit> hits = all(SearchRequest.of("vaccinurile").withFilter("language", "ro"));
        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(text(h.id())).contains("vaccin"));
        assertThat(hits).anySatisfy(h -> assertThat(text(h.id())).contains("centru de vaccinare"));
    }

    @Test
    void englishIsStemmed() {
        List<Hit> hits = all(SearchRequest.of("elections").withFilter("language", "en"));
        assertThat(hits).anySatisfy(h -> assertThat(text(h.id())).containsPattern("\\belection\\b"));
    }

    @Test
    void russianIsStemmed() {
        assertThat(all(SearchRequest.of("каратели").withQueryLanguage("ru"))).extracting(Hit::id).containsExactly("ru-1");
        assertThat(all(SearchRequest.of("русского мира").withQueryLanguage("ru"))).extracting(Hit::id).contains("ru-2");
    }

    @Test
    void aQueryIsNotStemmedByAnotherLanguageUnlessAllAreAskedFor() {
        // Romanian "crime" (crimes) stems like "crimea" under Romanian rules
        assertThat(all(SearchRequest.of("crimea"))).isNotEmpty()
                .allSatisfy(h -> assertThat(text(h.id())).contains("crimea"));
        assertThat(all(SearchRequest.of("crimea").withQueryLanguage("all")))
                .anySatisfy(h -> assertThat(text(h.id())).doesNotContain("crimea"));
    }

    @Test
    void phrasesRequiredAndExcludedWords() {
        List<Hit> phrase = all(SearchRequest.of("\"european union\""));
        assertThat(phrase).isNotEmpty().allSatisfy(h -> assertThat(text(h.id())).containsPattern("european union"));
        // in every language "crimea" would also find Romanian "crime": choose English
        List<Hit> must = all(SearchRequest.of("+crimea -nato").withFilter("language", "en"));
        assertThat(must).isNotEmpty().allSatisfy(h -> {
            assertThat(text(h.id())).contains("crimea");
            assertThat(text(h.id())).doesNotContainPattern("\\bnato\\b");
        });
    }

    @Test
    void malformedQueriesGetAMessageForUsers() {
        assertThatThrownBy(() -> search.search(SearchRequest.of("\"unclosed phrase")))
                .isInstanceOf(QueryException.class).hasMessageContaining("quote at position 1 is not closed");
        assertThatThrownBy(() -> search.search(SearchRequest.of("nato + ukraine")))
                .isInstanceOf(QueryException.class).hasMessageContaining("'+' at position 6");
        assertThatThrownBy(() -> search.search(SearchRequest.of("-nato")))
                .isInstanceOf(QueryException.class).hasMessageContaining("not excluded");
        assertThatThrownBy(() -> search.search(SearchRequest.of("x").withFilter("colour", "red")))
                .isInstanceOf(QueryException.class).hasMessageContaining("unknown filter: colour");
        assertThat(search.search(SearchRequest.of("COVID-19: title:vaccine*")).hits()).isNotNull();
    }

    @Test
    void filtersAndFacetsAgree() {
        SearchResult all = search.search(SearchRequest.of("ukraine").withQueryLanguage("en"));
        long en = all.facets().get("language").stream().filter(f -> f.value().equals("en")).findFirst().orElseThrow().count();
        SearchResult onlyEn = search.search(SearchRequest.of("ukraine").withFilter("language", "en"));
        assertThat(onlyEn.total()).isEqualTo(en);
        var verdicts = search.search(SearchRequest.of("").withFilter("language", "ro")).facets().get("verdict");
        assertThat(verdicts.stream().mapToLong(SearchResult.FacetCount::count).sum()).isEqualTo(RealCases.rofact().size());
        SearchResult fals = search.search(SearchRequest.of("").withFilter("verdict", "false").withFilter("language", "ro"));
        assertThat(fals.total()).isEqualTo(verdicts.stream().filter(f -> f.value().equals("FALSE")).findFirst().orElseThrow().count());
        assertThat(all.facets()).containsKeys("country", "keyword", "outlet", "dataset", "year");
    }

    @Test
    void dateRangeAndDateSort() {
        SearchRequest r = SearchRequest.of("russia").withDates(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 6, 30))
                .withSort(SearchRequest.Sort.DATE);
        List<Hit> hits = all(r);
        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.date()).isBetween(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 6, 30)));
        for (int i = 1; i < hits.size(); i++) assertThat(hits.get(i).date()).isBeforeOrEqualTo(hits.get(i - 1).date());
    }

    @Test
    void pagesAreStableAndDisjoint() {
        SearchRequest r = SearchRequest.of("");
        List<String> twenty = search.search(r.withPage(1, 20)).hits().stream().map(Hit::id).toList();
        List<String> paged = new ArrayList<>();
        paged.addAll(search.search(r.withPage(1, 10)).hits().stream().map(Hit::id).toList());
        paged.addAll(search.search(r.withPage(2, 10)).hits().stream().map(Hit::id).toList());
        assertThat(paged).isEqualTo(twenty).doesNotHaveDuplicates();
        assertThat(twenty).isSorted();
    }

    @Test
    void snippetsMarkTheMatchedWords() {
        Hit hit = search.search(SearchRequest.of("Catalonia")).hits().get(0);
        assertThat(hit.snippet()).containsIgnoringCase("<b>catalonia</b>");
        assertThat(hit.title()).isNotBlank();
        assertThat(hit.score()).isPositive();
    }

    @Test
    void relatedCasesWithoutVectorsComeFromMoreLikeThis() {
        List<Hit> related = search.related("ru-1", 5);
        assertThat(related).extracting(Hit::id).doesNotContain("ru-1");
        String id = search.search(SearchRequest.of("Catalonia referendum")).hits().get(0).id();
        assertThat(search.related(id, 5)).isNotEmpty().extracting(Hit::id).doesNotContain(id);
    }

    @Test
    void semanticSearchIsRefusedWithoutVectors() {
        assertThatThrownBy(() -> search.search(SearchRequest.of("war").withMode(Mode.HYBRID)))
                .isInstanceOf(QueryException.class).hasMessageContaining("no vectors");
        assertThat(search.search(SearchRequest.of("war")).mode()).isEqualTo(Mode.KEYWORD);
    }

    @Test
    void catchUpFollowsPutsAndDeletesAndSurvivesReopening() {
        Case c = Case.builder("editor-test-1", "Marțienii au votat la alegerile din Ţara Zmeilor").languages(List.of("ro"))
                .provenance(Provenance.ofEditor("test")).build();
        store.put(c, "test");
        store.put(c.toBuilder().id("editor-draft-1").status(Status.DRAFT).build(), "test");
        assertThat(search.catchUp()).isEqualTo(2);
        assertThat(all(SearchRequest.of("martienii zmeilor").withQueryLanguage("ro"))).extracting(Hit::id).containsExactly("editor-test-1");
        store.delete("editor-test-1", "test");
        search.close();
        search = Search.open(dir.resolve("index"), store, SearchSettings.keywordOnly(), null);
        assertThat(all(SearchRequest.of("martienii zmeilor").withQueryLanguage("ro"))).isEmpty();
        assertThat(search.catchUp()).isZero();
        assertThat(search.indexedSeq()).isEqualTo(store.lastSeq());
    }
}
