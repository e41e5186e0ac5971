package org.menagerie.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class LexiconTest {
    @Test
    void readsGlossesBestFirstAndLooksUpWithoutStressOrYo() throws Exception {
        Lexicon l = Lexicon.read(new BufferedReader(new StringReader("# ru -> en test\nелка\tfir:1.20\tspruce:0.80\n")));
        assertThat(l.glosses("ёлка")).extracting(Lexicon.Gloss::english).containsExactly("fir", "spruce");
        assertThat(l.glosses("е\u0301лка")).hasSize(2);
        assertThat(l.description()).isEqualTo("ru -> en test");
    }

    @Test
    void theShippedLexiconsKnowCommonWordsOfEachLanguage() {
        assertThat(Lexicon.shipped("ru").glosses("переворот").get(0).english()).isEqualTo("coup");
        assertThat(Lexicon.shipped("uk").glosses("вакцина").get(0).english()).isEqualTo("vaccine");
        assertThat(Lexicon.shipped("ro").glosses("război").get(0).english()).isEqualTo("war");
        assertThat(Lexicon.shipped("de")).isNull();
    }

    @Test
    void anUnknownFormFindsTheLemmaWithItsStem() {
        assertThat(Lexicon.shipped("ru").glossesByStem("вакцинами", "ru")).extracting(Lexicon.Gloss::english).contains("vaccine");
    }
}
