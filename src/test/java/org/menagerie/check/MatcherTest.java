package org.menagerie.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Provenance;
import org.menagerie.embedding.Embedder;

class MatcherTest {
    private static final Provenance P = Provenance.ofEditor("test");
    private static final List<Case> CASES = List.of(
            Case.builder("gitmo", "122 detainees released from Guantanamo Bay under President Obama returned to terrorism.").provenance(P).build(),
            Case.builder("fries", "McDonald's restaurants are offering $1 Any Size Fries between May 18 and 31.").provenance(P).build(),
            Case.builder("anaconda", "A viral video shows a 10-meter-long anaconda swimming across a river in Brazil.").provenance(P).build());
    private static Embedder e5;
    private static Matcher matcher;

    @BeforeAll
    static void open() {
        e5 = Embedder.e5Small();
        float[][] vectors = e5.passages(CASES.stream().map(CaseText::passage).toList()).toArray(float[][]::new);
        matcher = new Matcher(CASES, new MemorySource(CASES, vectors), e5, null, MatcherModel.shipped());
    }

    @Test
    void findsTheCaseAndExplainsItWithSharedNumbersNamesAndTerms() {
        List<Match> matches = matcher.match("Obama let 122 Guantanamo prisoners go and they went back to terrorism! https://t.co/x", 3);
        Match best = matches.get(0);
        assertThat(best.caseId()).isEqualTo("gitmo");
        assertThat(best.reasons().numbers()).containsExactly("122");
        assertThat(best.reasons().names()).contains("obama", "guantanamo");
        assertThat(best.reasons().terms()).contains("terrorism");
        assertThat(best.reasons().similarity()).isGreaterThan(0.8);
        assertThat(best.reasons().describe()).contains("numbers: 122", "similarity");
        assertThat(best.confidence()).isGreaterThan(matches.get(1).confidence());
    }

    @Test
    void aRussianSentenceFindsTheEnglishCaseThroughItsRenderingAndSaysWhichWordsCarriedIt() {
        Matcher translating = matcher.translating(org.menagerie.translate.Translator.shipped());
        List<Match> matches = translating.match("Обама отпустил 122 заключенных из Гуантанамо, и они вернулись к терроризму.", "ru", 3);
        Match best = matches.get(0);
        assertThat(best.caseId()).isEqualTo("gitmo");
        assertThat(best.reasons().numbers()).containsExactly("122");
        assertThat(best.reasons().names()).contains("obama");
        assertThat(best.reasons().translated()).anySatisfy(b -> {
            assertThat(b.source()).isEqualTo("терроризму");
            assertThat(b.english()).contains("terrorism");
        });
        assertThat(best.reasons().describe()).contains("translated: ", "терроризму = terrorism");
    }

    @Test
    void anEnglishSentenceIsMatchedAsWrittenEvenByATranslatingMatcher() {
        Matcher translating = matcher.translating(org.menagerie.translate.Translator.shipped());
        Match best = translating.match("Obama let 122 Guantanamo prisoners go and they went back to terrorism!", 3).get(0);
        assertThat(best.caseId()).isEqualTo("gitmo");
        assertThat(best.reasons().translated()).isEmpty();
    }

    @Test
    void claimsOnlyWhatReachesTheThreshold() {
        List<Match> matches = matcher.match("The weather in Oslo was mild this week.", 3);
        assertThat(matches).allSatisfy(m -> assertThat(m.claimed()).isFalse());
        assertThat(matcher.claimed("Obama released 122 Guantanamo detainees who went back to terrorism", 3))
                .extracting(Match::caseId).containsExactly("gitmo");
    }

    @Test
    void rejectsAModelWantingASecondEmbeddingItWasNotGiven() {
        assertThatThrownBy(() -> new Matcher(CASES, new MemorySource(CASES, new float[3][384]), e5, null,
                MatcherModel.fusionOnly("bge-small-en-v1.5-q"))).hasMessageContaining("second");
    }
}
