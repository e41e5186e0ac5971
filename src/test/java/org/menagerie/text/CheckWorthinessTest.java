package org.menagerie.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CheckWorthinessTest {
    private static CheckWorthiness scorer;

    @BeforeAll
    static void load() {
        scorer = CheckWorthiness.load();
    }

    @Test
    void loadsTheShippedModel() {
        assertThat(scorer.model().about()).contains("logistic regression").contains("22501 sentences").contains("e5 vectors");
        assertThat(scorer.model().english().threshold()).isBetween(0.05f, 0.95f);
        assertThat(scorer.model().englishSecond().head().threshold()).isBetween(0.05f, 0.95f);
        assertThat(scorer.model().englishSecond().gate()).isBetween(0.001f, scorer.model().english().threshold());
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

    /** Page chrome reaches the checker when extraction misses it; it must never be sent on as a claim. */
    @Test
    void pageChromeIsNotCheckWorthy() {
        List<String> english = List.of("Please click here.", "Please click here to subscribe to our newsletter.",
                "Click here to read the full story.", "Share this article on Facebook and Twitter.",
                "All rights reserved.", "Sign up for our daily briefing.", "Read more: the week in pictures",
                "This site uses cookies to give you a better experience.", "Advertisement");
        assertThat(scorer.scoreAll(english, "en")).as("english chrome").noneMatch(CheckWorthiness.Score::checkWorthy);
        List<String> romanian = List.of("Vă rugăm să dați clic aici.", "Click aici pentru a citi articolul complet.",
                "Abonează-te la newsletterul nostru.", "Urmărește-ne pe Facebook.", "Toate drepturile rezervate.");
        assertThat(scorer.scoreAll(romanian, "ro")).as("romanian chrome").noneMatch(CheckWorthiness.Score::checkWorthy);
    }

    @Test
    void sendsOnlySentencesPastTheGateToTheSecondPass() {
        List<CheckWorthiness.Score> scores = scorer.scoreAll(List.of("Thank you.",
                "The deficit has doubled to $1.4 trillion since 2008."), "en");
        assertThat(scores.get(0).secondPass()).isFalse();
        assertThat(scores.get(0).value()).isLessThan(scorer.model().englishSecond().head().threshold());
        assertThat(scores.get(1).secondPass()).isTrue();
        CheckWorthiness firstPassOnly = new CheckWorthiness(scorer.model());
        assertThat(firstPassOnly.score("The deficit has doubled to $1.4 trillion since 2008.", "en").secondPass()).isFalse();
    }

    @Test
    void checksItsArguments() {
        assertThatThrownBy(() -> scorer.score(null, "en")).hasMessageContaining("sentence");
        assertThatThrownBy(() -> scorer.score("x", "english")).hasMessageContaining("language");
    }
}
