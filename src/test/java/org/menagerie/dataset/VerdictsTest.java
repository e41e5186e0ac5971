package org.menagerie.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.menagerie.catalog.Verdict;

class VerdictsTest {

    @Test
    void mapsEachSourcesLabelsThroughTheTable() {
        assertThat(Verdicts.of("liar", "pants-fire")).isEqualTo(Verdict.FALSE);
        assertThat(Verdicts.of("liar", "barely-true")).isEqualTo(Verdict.MISLEADING);
        assertThat(Verdicts.of("rofact", "TRUNCHIAT")).isEqualTo(Verdict.MISSING_CONTEXT);
        assertThat(Verdicts.of("rofact", "PARȚIAL FALS")).isEqualTo(Verdict.MISLEADING);
    }

    @Test
    void matchesLabelsWhateverTheirCaseAccentsAndPunctuation() {
        assertThat(Verdicts.of("rofact", "partial fals")).isEqualTo(Verdict.MISLEADING);
        assertThat(Verdicts.of("rofact", "Parţial adevărat")).isEqualTo(Verdict.TRUE); // cedilla ţ, as older texts write it
        assertThat(Verdicts.of("claimreview", "Pants on Fire!")).isEqualTo(Verdict.FALSE);
        assertThat(Verdicts.of("claimreview", "  mostly-false ")).isEqualTo(Verdict.MISLEADING);
    }

    @Test
    void fallsBackToTheLabelsOfEverySourceAndLeavesUnknownLabelsUnrated() {
        assertThat(Verdicts.of("liar", "Satire")).isEqualTo(Verdict.SATIRE);
        assertThat(Verdicts.of("claimreview", "Four Pinocchios")).isNull();
        assertThat(Verdicts.orUnrated("claimreview", "Four Pinocchios")).isEqualTo(Verdict.UNRATED);
        assertThat(Verdicts.of("claimreview", null)).isNull();
    }

    @Test
    void mapsLanguageNamesCodesAndTags() {
        assertThat(LanguageNames.code("Russian")).isEqualTo("ru");
        assertThat(LanguageNames.code("castilian")).isEqualTo("es");
        assertThat(LanguageNames.code("en-GB")).isEqualTo("en");
        assertThat(LanguageNames.code("Moldova")).isNull();
        assertThat(LanguageNames.code("Montenegrin")).isNull();
    }
}
