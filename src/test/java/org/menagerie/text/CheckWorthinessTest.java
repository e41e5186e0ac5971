package org.menagerie.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.menagerie.SharedData;

class CheckWorthinessTest {
    private static CheckWorthiness scorer;

    @BeforeAll
    static void load() {
        scorer = CheckWorthiness.load();
    }

    @Test
    void loadsTheShippedModel() {
        assertThat(scorer.model().about()).contains("logistic regression").contains("22501 sentences");
        assertThat(scorer.model().english().threshold()).isBetween(0.05f, 0.95f);
    }

    @Test
    void scoresFactualClaimsAboveOpinionsAndGreetings() {
        List<String> claims = List.of("Unemployment fell to 3.5 percent in 2019.",
                "The deficit has doubled to $1.4 trillion since 2008.",
                "My opponent voted against the tax cut 47 times in the Senate.");
        List<String> others = List.of("Thank you, it's great to be here.", "I think we can do better.",
                "Good evening, everyone.");
        for (String claim : claims) {
            for (String other : others) {
                assertThat(scorer.score(claim, "en").value()).as(claim + " over " + other)
                        .isGreaterThan(scorer.score(other, "en").value());
            }
            assertThat(scorer.score(claim, "en").checkWorthy()).as(claim).isTrue();
        }
        for (String other : others) assertThat(scorer.score(other, "en").checkWorthy()).as(other).isFalse();
    }

    @Test
    void scoresRomanianByTheLanguageNeutralCues() {
        String claim = "Șomajul a scăzut la 3,5 la sută în 2019, potrivit datelor INS.";
        String greeting = "Vă mulțumesc, mă bucur să fiu aici.";
        assertThat(CheckWorthiness.guessLanguage(claim)).isEqualTo("ro");
        assertThat(CheckWorthiness.guessLanguage(greeting)).isEqualTo("ro");
        assertThat(scorer.score(claim).value()).isGreaterThan(scorer.score(greeting).value());
        assertThat(scorer.score(claim, "ro").checkWorthy()).isTrue();
        assertThat(scorer.score(greeting, "ro").checkWorthy()).isFalse();
        assertThat(scorer.score("Guvernul a majorat pensiile cu 40 de procente în 2023.", "ro").value())
                .isGreaterThan(scorer.score("Cred că trebuie să facem mai mult pentru țară.", "ro").value());
    }

    @Test
    void guessesEnglishForEnglish() {
        assertThat(CheckWorthiness.guessLanguage("Thank you, it's great to be here.")).isEqualTo("en");
        assertThat(CheckWorthiness.guessLanguage("Unemployment fell to 3.5 percent in 2019.")).isEqualTo("en");
    }

    /** The shipped model on the whole dev set (1,032 sentences, well under a second): a guard against a broken model. */
    @Test
    void reachesItsMeasuredF1OnTheDevSet() throws IOException {
        var dev = CheckWorthinessExample.readTsv(SharedData.data("checkworthiness/ct24-en/dev.tsv")).examples();
        double[] scores = dev.stream().mapToDouble(e -> scorer.score(e.text(), "en").value()).toArray();
        boolean[] labels = new boolean[dev.size()];
        for (int i = 0; i < labels.length; i++) labels[i] = dev.get(i).label();
        var evaluation = CheckWorthinessEvaluation.at(scores, labels, scorer.model().english().threshold());
        assertThat(evaluation.f1()).isGreaterThan(0.68);
    }

    @Test
    void checksItsArguments() {
        assertThatThrownBy(() -> scorer.score(null, "en")).hasMessageContaining("sentence");
        assertThatThrownBy(() -> scorer.score("x", "english")).hasMessageContaining("language");
    }
}
