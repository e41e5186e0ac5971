package org.menagerie.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArchiveQueryTest {
    @Test
    void noWordsSortsByDateAndWordsByRelevance() {
        assertThat(ArchiveQuery.of("  ").sort()).isEqualTo(ArchiveQuery.Sort.DATE);
        assertThat(ArchiveQuery.of("nato").sort()).isEqualTo(ArchiveQuery.Sort.RELEVANCE);
        assertThat(ArchiveQuery.of("nato").withSort(ArchiveQuery.Sort.DATE).sort()).isEqualTo(ArchiveQuery.Sort.DATE);
    }

    @Test
    void oneLanguageFilterIsTheQuerysLanguage() {
        assertThat(ArchiveQuery.of("x").withLanguages("RO").queryLanguage()).isEqualTo("ro");
        assertThat(ArchiveQuery.of("x").withLanguages("ro", "ru").queryLanguage()).isNull();
        assertThat(ArchiveQuery.of("x").withLanguages(" ", "").languages()).isEmpty();
    }

    @Test
    void refusesBackwardDatesBadPagesAndDeepPaging() {
        assertThatThrownBy(() -> ArchiveQuery.of("").withDates(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after");
        assertThatThrownBy(() -> ArchiveQuery.of("").withPage(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArchiveQuery.of("").withPage(1, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArchiveQuery.of("").withPage(101, 100)).hasMessageContaining("10000");
        assertThat(ArchiveQuery.of("").withPage(100, 100).page()).isEqualTo(100);
    }
}
