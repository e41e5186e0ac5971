package org.menagerie.standing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MonitorTest {
    private static final String ARTICLE = "Health officials said there is no evidence that 5G towers spread the "
            + "coronavirus, after masts were set on fire in Birmingham.";

    private static List<String> ids(List<Hit> hits) {
        return hits.stream().map(Hit::queryId).toList();
    }

    @Test
    void wordsAreAndedAndPhrasesMustBeExact() {
        Monitor m = new Monitor();
        m.add(StandingQuery.search("q1", "ana", "5g coronavirus"));
        m.add(StandingQuery.search("q2", "ana", "\"5g towers\""));
        m.add(StandingQuery.search("q3", "ana", "\"towers 5g\""));
        m.add(StandingQuery.search("q4", "ana", "5g vaccine"));
        assertThat(ids(m.matches("a1", null, ARTICLE, "en", "bbc"))).containsExactly("q1", "q2");
    }

    @Test
    void orAndNotWorkAndCaseDoesNotMatter() {
        Monitor m = new Monitor();
        m.add(StandingQuery.search("or", "ana", "vaccine OR birmingham"));
        m.add(StandingQuery.search("not", "ana", "5G NOT birmingham"));
        m.add(StandingQuery.search("group", "ana", "(masts OR antennas) AND fire"));
        assertThat(ids(m.matches("a1", null, ARTICLE, "en", null))).containsExactly("or", "group");
    }

    @Test
    void queriesWithoutAFilingTermRunOnEveryArticle() {
        Monitor m = new Monitor();
        m.add(StandingQuery.search("wild", "ana", "corona*"));
        m.add(StandingQuery.search("other", "ana", "elections"));
        assertThat(ids(m.matches("a1", null, ARTICLE, "en", null))).containsExactly("wild");
        assertThat(Presearch.keys(m.parse("corona*"), Monitor.TEXT)).isEmpty();
    }

    @Test
    void aConjunctionIsFiledUnderOneRequiredClauseOnly() {
        Monitor m = new Monitor();
        assertThat(Presearch.keys(m.parse("5g coronavirus"), Monitor.TEXT)).hasSize(1);
        assertThat(Presearch.keys(m.parse("vaccine OR birmingham"), Monitor.TEXT)).hasSize(2);
    }

    @Test
    void languageAndOutletFiltersApply() {
        Monitor m = new Monitor();
        m.add(new StandingQuery("ro", "ana", StandingQuery.Kind.SEARCH, "5g", List.of("ro"), List.of()));
        m.add(new StandingQuery("bbc", "ana", StandingQuery.Kind.SEARCH, "5g", List.of(), List.of("BBC")));
        assertThat(ids(m.matches("a1", null, ARTICLE, "en", "bbc"))).containsExactly("bbc");
        assertThat(ids(m.matches("a2", null, ARTICLE, "ro", "other"))).containsExactly("ro");
    }

    @Test
    void cyrillicTextIsSearchedToo() {
        Monitor m = new Monitor();
        m.add(StandingQuery.search("ru", "ana", "\"ракеты орешник\""));
        assertThat(ids(m.matches("tg1", null, "Лукашенко заявил, что на фоне демонстрации Россией ракеты \"Орешник\" шутя рассказал",
                "ru", null))).containsExactly("ru");
    }

    @Test
    void aBadSearchIsRefusedWithItsReason() {
        Monitor m = new Monitor();
        assertThatThrownBy(() -> m.add(StandingQuery.search("bad", "ana", "\"unclosed phrase")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a valid search");
        assertThatThrownBy(() -> m.add(new StandingQuery("w", "ana", StandingQuery.Kind.CASE, "snopes-x", List.of(), List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
