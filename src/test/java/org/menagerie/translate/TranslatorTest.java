package org.menagerie.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TranslatorTest {
    private final Translator translator = Translator.shipped();

    @Test
    void russianInflectedWordsAreLemmatisedAndGlossed() {
        Rendering r = translator.render("После переворота на Майдане в феврале 2014 года", "ru");
        assertThat(r.keywords()).contains("coup", "February", "2014", "year");
        assertThat(r.sentence()).startsWith("after coup");
        assertThat(r.bridges()).anySatisfy(b -> {
            assertThat(b.source()).isEqualTo("переворота");
            assertThat(b.english()).contains("coup");
        });
    }

    @Test
    void aCapitalisedWordInsideASentenceIsANameWithItsPressSpellings() {
        Rendering r = translator.render("После переворота на Майдане", "ru");
        assertThat(r.names()).containsKey("maydan");
        assertThat(r.names().get("maydan")).contains("maidan");
    }

    @Test
    void ukrainianPlacesGetTheirEnglishNameFirst() {
        Rendering r = translator.render("Росія анексувала Крим, а в Києві протестували.", "uk");
        assertThat(r.names()).containsKeys("crimea", "kyiv");
        assertThat(r.names().get("kyiv")).contains("kiev");
    }

    @Test
    void ukrainianReadsTheRussianLexiconForASharedWord() {
        // the Ukrainian Wiktionary gives "roll, revolution" first; the Russian lexicon's "coup" joins at half weight
        Rendering r = translator.render("Після перевороту на Майдані", "uk");
        assertThat(r.keywords()).contains("coup");
    }

    @Test
    void leadersAreTransliteratedWithTheSpellingsNewsroomsUse() {
        Rendering ru = translator.render("Зеленский заявил об этом журналистам.", "ru");
        assertThat(ru.names().values()).anySatisfy(v -> assertThat(v).contains("zelensky", "zelenskyy", "zelenskiy"));
        Rendering uk = translator.render("Про це журналістам заявив Володимир Зеленський.", "uk");
        assertThat(uk.names().values()).anySatisfy(v -> assertThat(v).contains("zelensky", "zelenskyy"));
    }

    @Test
    void numbersAreWrittenTheEnglishWay() {
        Rendering r = translator.render("США предоставили помощь на сумму 2,5 миллиарда долларов и 10 000 снарядов", "ru");
        assertThat(r.sentence()).contains("2.5 billion dollar", "10000");
    }

    @Test
    void romanianFormsAreReadThroughTheirLemmas() {
        Rendering r = translator.render("Vaccinurile conțin cipuri, spun cei care se opun războiului.", "ro");
        assertThat(r.keywords()).contains("vaccine", "war");
    }

    @Test
    void aLanguageWithoutALexiconIsRefused() {
        assertThat(translator.translates("de")).isFalse();
        assertThatThrownBy(() -> translator.render("Der Krieg", "de")).isInstanceOf(IllegalArgumentException.class);
    }
}
