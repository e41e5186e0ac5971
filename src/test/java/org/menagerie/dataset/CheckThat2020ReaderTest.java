package org.menagerie.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.menagerie.NeedsSharedData;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Verdict;

@NeedsSharedData
class CheckThat2020ReaderTest {

    @Test
    void readsEveryVerifiedClaimIncludingThoseWrappedOverTwoLines() throws Exception {
        var read = Collected.shared("checkthat2020", "claim-retrieval/ct2020/vclaims.tsv");
        assertThat(read.cases).hasSize(10_375);
        assertThat(read.problems).isEmpty();
        assertThat(read.distinctIds()).isEqualTo(10_375);

        // Claim 3057 is quoted and wrapped over lines 3059-3060.
        Case wrapped = read.byId("checkthat2020-3057");
        assertThat(wrapped.claim()).isEqualTo(
                "Account describes Pamela Murphy’s efforts on behalf of patients at a Veterans Administration hospital.");
        assertThat(wrapped.title()).isEqualTo("A Great Lady Has Passed — Pamela Murphy");
        assertThat(wrapped.provenance().line()).isEqualTo(3059);
        assertThat(read.byId("checkthat2020-3058").provenance().line()).isEqualTo(3061);

        Case first = read.byId("checkthat2020-0");
        assertThat(first.verdict()).isEqualTo(Verdict.UNRATED);
        assertThat(first.reviewer()).isEqualTo("Snopes");
        assertThat(first.languages()).containsExactly("en");
        // Quoted with doubled quotes inside.
        assertThat(read.byId("checkthat2020-2").claim())
                .isEqualTo("A \"Trump and Obama by the Numbers\" meme recounts accurate statistics about their job performances.");
    }

    @Test
    void refusesAFileOfAnotherFormat() {
        assertThatThrownBy(() -> Collected.shared("checkthat2020", "claim-retrieval/ct2020/dev.queries.tsv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a CheckThat! 2020 vclaims TSV");
    }
}
