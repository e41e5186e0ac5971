package org.menagerie.search.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.menagerie.search.QueryException;
import org.menagerie.search.SearchRequest;

class SolrQueriesTest {
    private static final List<String> EN = List.of("text_en", "text_xx");

    @Test
    void wordsPhrasesRequiredAndExcludedPartsSpanTheLanguageFields() {
        assertThat(SolrQueries.keywords("+NATO -\"Ukrainian soldiers\" covid-19:", EN)).isEqualTo(
                "+(text_en:(NATO) OR text_xx:(NATO)) -(text_en:\"Ukrainian soldiers\" OR text_xx:\"Ukrainian soldiers\")"
                        + " (text_en:(covid\\-19\\:) OR text_xx:(covid\\-19\\:))");
    }

    @Test
    void aPartThatAnalysesToNothingInAFieldIsLeftOutThere() {
        // "the" is an English stop word but a word to the generic analysis
        assertThat(SolrQueries.keywords("the war", EN))
                .isEqualTo("(text_xx:(the)) (text_en:(war) OR text_xx:(war))");
    }

    @Test
    void noWordsMatchEverythingAndOnlyExclusionsAreRefused() {
        assertThat(SolrQueries.keywords("  ", EN)).isNull();
        assertThatThrownBy(() -> SolrQueries.keywords("-nato", EN)).isInstanceOf(QueryException.class);
    }

    @Test
    void filtersAreLowerCasedValuesDatesAndPublishedCasesOnly() {
        SearchRequest r = SearchRequest.of("x").withFilter("language", "RO", "en")
                .withDates(LocalDate.ofEpochDay(10), null);
        assertThat(SolrQueries.filters(r)).containsExactly("kind:case", "language_f:(ro OR en)",
                "date:[10 TO " + Long.MAX_VALUE + "]", "-status:DRAFT");
    }

    @Test
    void idsAreEscapedAndNoIdsMatchNothing() {
        assertThat(SolrQueries.ids(List.of("a b", "c:d"))).isEqualTo("id:(a\\ b OR c\\:d)");
        assertThat(SolrQueries.ids(List.of())).isEqualTo("-*:*");
        assertThat(SolrQueries.knn(new float[] {0.5f, -1f}, 7)).isEqualTo("{!knn f=vector topK=7}[0.5,-1.0]");
    }
}
