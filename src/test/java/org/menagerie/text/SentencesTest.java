package org.menagerie.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
    @Test
    void splitsRomanianWithoutBreakingAtAbbreviations() {
        String text = "Dl. Popescu a sosit la ora 10. Apoi a plecat spre București.";
        List<Sentence> s = Sentences.split(text, "ro");
        assertThat(s).extracting(Sentence::text)
                .containsExactly("Dl. Popescu a sosit la ora 10.", "Apoi a plecat spre București.");
    }

    @Test
    void splitsEnglishWithOffsetsIntoTheText() {
        String text = "NATO met in Riga.  Mr. Blinken said it was serious. Lavrov replied.";
        List<Sentence> s = Sentences.split(text, "en");
        assertThat(s).extracting(Sentence::text)
                .containsExactly("NATO met in Riga.", "Mr. Blinken said it was serious.", "Lavrov replied.");
        for (Sentence x : s) assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text());
    }

    @Test
    void endsASentenceAtEveryLineBreak() {
        List<Sentence> s = Sentences.split("NATO meets to discuss Russia\n\nLast week, Latvia hosted a meeting.", "en");
        assertThat(s).extracting(Sentence::text)
                .containsExactly("NATO meets to discuss Russia", "Last week, Latvia hosted a meeting.");
    }
}
