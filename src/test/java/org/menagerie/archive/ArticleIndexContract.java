package org.menagerie.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.menagerie.archive.ArchiveResult.Count;
import org.menagerie.archive.ArchiveResult.Hit;
import org.menagerie.dedup.Sameness;
import org.menagerie.store.H2;
import org.menagerie.store.JdbcArticleStore;
import org.menagerie.watch.ArticleStore;
import org.menagerie.watch.StoredArticle;

/**
 * What every article index behind {@link Archive} does, over a store of a few dozen articles in four languages: each
 * engine's test extends this and says how its index is opened.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ArticleIndexContract {
    static final Clock NOW = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);
    private H2.Opened db;
    private ArticleStore store;
    private Archive archive;
    private StoredArticle vaccines, vaccinesCopy, oldOne;

    /** The index called {@code name}: empty the first time, holding what was committed when opened again after a close. */
    protected abstract ArticleIndex open(String name);

    @BeforeAll
    void index() {
        db = H2.memory();
        store = new JdbcArticleStore(db.tables());
        vaccines = add(0, "Sputnik Moldova", "ro", "Vaccinurile modifică ADN-ul", "Un articol susține că vaccinurile ar modifica ADN-ul oamenilor.", "2026-01-15T08:00:00Z");
        vaccinesCopy = add(vaccines.id(), "Ria Vesti", "ro", "Vaccinurile modifică ADN-ul", "Un articol susține că vaccinurile ar modifica ADN-ul oamenilor.", "2026-01-16T08:00:00Z");
        add(0, "Moldova Today", "en", "NATO builds a base near the border", "Reports say NATO soldiers are building a base near the border.", "2026-02-03T10:00:00Z");
        add(0, "Ria Vesti", "ru", "НАТО строит базы у границы", "Статья о новых базах НАТО у границы России.", "2026-02-20T10:00:00Z");
        add(0, "Sputnik Moldova", "en", "Vaccine microchips claim returns", "The old claim that vaccines carry microchips is back.", null);
        oldOne = add(0, "Old Times", "en", "Archive headline about elections", "The secret word of this old story is zanzibar.", null, "2025-01-01T00:00:00Z");
        for (int i = 1; i <= 25; i++) {
            add(0, "Daily Weather", "en", "Weather report number " + i, "Rain and wind expected, weather report " + i + ".",
                    String.format("2026-02-%02dT06:00:00Z", i));
        }
        archive = Archive.open(open("contract"), store, 0, NOW);
    }

    @AfterAll
    void close() {
        if (archive != null) archive.close();
        if (db != null) db.close().run();
    }

    private StoredArticle add(long story, String outlet, String lang, String title, String text, String published) {
        return add(story, outlet, lang, title, text, published, "2026-03-01T00:00:00Z");
    }

    private StoredArticle add(long story, String outlet, String lang, String title, String text, String published, String fetched) {
        String url = "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + Math.abs((title + outlet).hashCode());
        return store.add(new StoredArticle(0, "test:" + outlet, url, story, story == 0 ? Sameness.NEW : Sameness.SAME_TEXT,
                outlet, url, url, title, published == null ? null : Instant.parse(published), Instant.parse(fetched), lang,
                text, text.length(), text.hashCode(), 7L, text.split(" ").length, "test"));
    }

    private static List<Long> ids(ArchiveResult r) {
        return r.hits().stream().map(Hit::id).toList();
    }

    private static List<String> values(ArchiveResult r, String dim) {
        return r.facets().get(dim).stream().map(Count::value).toList();
    }

    @Test
    void holdsEveryArticleOfTheStoreAtItsNewestId() {
        archive.refresh();
        assertThat(archive.indexedId()).isEqualTo(store.lastId());
        assertThat(archive.size()).isEqualTo(store.count(new org.menagerie.watch.ArticleQuery(null, null, null, 0, 1, 0)));
    }

    @Test
    void findsAnArticleByAnotherFormOfItsWordsInItsLanguage() {
        assertThat(ids(archive.search(ArchiveQuery.of("vaccin").withLanguages("ro")))).containsExactlyInAnyOrder(vaccines.id(), vaccinesCopy.id());
        assertThat(archive.search(ArchiveQuery.of("базе").withLanguages("ru")).hits()).extracting(Hit::outlet).containsExactly("Ria Vesti");
        assertThat(archive.search(ArchiveQuery.of("building bases")).hits()).extracting(Hit::outlet).contains("Moldova Today");
    }

    @Test
    void requiredExcludedAndPhrasesMeanWhatTheyDoInTheCaseSearch() {
        assertThat(archive.search(ArchiveQuery.of("+vaccines +microchips")).total()).isEqualTo(1);
        assertThat(archive.search(ArchiveQuery.of("weather -\"report 3\"")).total()).isEqualTo(24);
        assertThatThrownBy(() -> archive.search(ArchiveQuery.of("\"not closed"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quote");
    }

    @Test
    void filtersByOutletIgnoringCaseByLanguageStoryAndDay() {
        assertThat(archive.search(ArchiveQuery.of("").withOutlets("sputnik moldova")).total()).isEqualTo(2);
        assertThat(archive.search(ArchiveQuery.of("").withOutlets("Sputnik Moldova", "Old Times")).total()).isEqualTo(3);
        assertThat(archive.search(ArchiveQuery.of("").withLanguages("ru")).total()).isEqualTo(1);
        assertThat(ids(archive.search(ArchiveQuery.of("").withStory(vaccines.id())))).containsExactlyInAnyOrder(vaccines.id(), vaccinesCopy.id());
        ArchiveResult february = archive.search(ArchiveQuery.of("weather").withDates(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 12)));
        assertThat(february.hits()).extracting(Hit::title).containsExactlyInAnyOrder("Weather report number 10",
                "Weather report number 11", "Weather report number 12");
    }

    @Test
    void facetsCountTheMatchesPerOutletLanguageMonthOrDayAndStory() {
        ArchiveResult all = archive.search(ArchiveQuery.of(""));
        Map<String, List<Count>> f = all.facets();
        assertThat(f.get(ArchiveResult.OUTLET).get(0)).isEqualTo(new Count("Daily Weather", 25));
        assertThat(f.get(ArchiveResult.OUTLET)).contains(new Count("Sputnik Moldova", 2), new Count("Ria Vesti", 2));
        assertThat(f.get(ArchiveResult.LANGUAGE)).contains(new Count("en", 28), new Count("ro", 2), new Count("ru", 1));
        // an article without a published date is filed under the day it was read
        assertThat(f.get(ArchiveResult.DATE)).containsExactly(new Count("2025-01", 1), new Count("2026-01", 2),
                new Count("2026-02", 27), new Count("2026-03", 1));
        assertThat(f.get(ArchiveResult.STORY)).containsExactly(new Count(String.valueOf(vaccines.id()), 2));
        ArchiveResult days = archive.search(ArchiveQuery.of("vaccinurile").withPer(ArchiveQuery.Per.DAY));
        assertThat(values(days, ArchiveResult.DATE)).containsExactly("2026-01-15", "2026-01-16");
        ArchiveResult filtered = archive.search(ArchiveQuery.of("").withOutlets("Ria Vesti"));
        assertThat(values(filtered, ArchiveResult.LANGUAGE)).containsExactlyInAnyOrder("ro", "ru");
        assertThat(filtered.facets().get(ArchiveResult.OUTLET)).containsExactly(new Count("Ria Vesti", 2));
    }

    @Test
    void sortsByDateNewestFirstAndPagesWithoutOverlap() {
        ArchiveQuery weather = ArchiveQuery.of("weather").withSort(ArchiveQuery.Sort.DATE).withPage(1, 10);
        ArchiveResult first = archive.search(weather);
        assertThat(first.total()).isEqualTo(25);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.hits().get(0).title()).isEqualTo("Weather report number 25");
        assertThat(first.hits()).extracting(Hit::date).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        ArchiveResult third = archive.search(weather.withPage(3, 10));
        assertThat(third.hits()).hasSize(5);
        assertThat(third.hits().get(4).title()).isEqualTo("Weather report number 1");
        ArchiveResult second = archive.search(weather.withPage(2, 10));
        assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first)).doesNotContainAnyElementsOf(ids(third));
    }

    @Test
    void ranksTheBetterMatchFirstAndMarksTheQueryWordsInTheSnippet() {
        ArchiveResult r = archive.search(ArchiveQuery.of("microchips vaccines"));
        Hit best = r.hits().get(0);
        assertThat(best.title()).isEqualTo("Vaccine microchips claim returns");
        assertThat(best.score()).isPositive();
        assertThat(best.snippet()).contains("<b>microchips</b>");
        assertThat(best.published()).isNull();
        assertThat(best.date()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(best.url()).startsWith("https://sputnik-moldova.example/");
        assertThat(best.language()).isEqualTo("en");
    }

    @Test
    void eachHitListsTheOtherOutletsOfItsStory() {
        ArchiveResult r = archive.search(ArchiveQuery.of("vaccinurile").withSort(ArchiveQuery.Sort.DATE));
        assertThat(r.hits()).extracting(Hit::outlet).containsExactly("Ria Vesti", "Sputnik Moldova");
        assertThat(r.hits().get(0).alsoCarriedBy()).containsExactly("Sputnik Moldova");
        assertThat(r.hits().get(1).alsoCarriedBy()).containsExactly("Ria Vesti");
        assertThat(r.hits().get(0).story()).isEqualTo(vaccines.id());
    }

    @Test
    void anArticleStoredLaterIsFoundByTheNextSearch() {
        StoredArticle later = add(0, "Late Outlet", "en", "A heron landed on the parliament", "The heron stayed an hour.", "2026-03-05T10:00:00Z");
        assertThat(ids(archive.search(ArchiveQuery.of("heron")))).containsExactly(later.id());
        assertThat(archive.refresh()).isZero();
    }

    @Test
    void aReopenedIndexResumesFromItsLastCommitAndRetentionLeavesTheTitleOnly() {
        try (Archive kept = Archive.open(open("retention"), store, 0, NOW)) {
            assertThat(ids(kept.search(ArchiveQuery.of("zanzibar")))).containsExactly(oldOne.id());
        }
        ArticleIndex reopened = open("retention");
        assertThat(reopened.lastId()).isEqualTo(store.lastId());
        try (Archive dropped = Archive.open(reopened, store, 30, NOW)) {
            assertThat(dropped.search(ArchiveQuery.of("zanzibar")).total()).isZero();
            assertThat(ids(dropped.search(ArchiveQuery.of("elections")))).containsExactly(oldOne.id());
            assertThat(dropped.search(ArchiveQuery.of("weather")).total()).isEqualTo(25);
        }
    }
}
