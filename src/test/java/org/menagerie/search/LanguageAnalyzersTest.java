package org.menagerie.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class LanguageAnalyzersTest {

    static List<String> terms(String language, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (Analyzer a = LanguageAnalyzers.forLanguage(language); TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(t.toString());
            ts.end();
        }
        return out;
    }

    @Test
    void romanianCedillaAndCommaLettersAreTheSame() throws IOException {
        assertThat(terms("ro", "Ţara şcolilor")).isEqualTo(terms("ro", "Țara școlilor"));
    }

    @Test
    void romanianWithoutDiacriticsMeetsTheWordWithThem() throws IOException {
        assertThat(terms("ro", "război")).containsAnyElementsOf(terms("ro", "razboi"));
        assertThat(terms("ro", "războiul")).containsAnyElementsOf(terms("ro", "razboiul"));
    }

    @Test
    void romanianInflectionsShareTheLemma() throws IOException {
        assertThat(terms("ro", "vaccinurile")).contains("vaccin");
        assertThat(terms("ro", "vaccin")).contains("vaccin");
        assertThat(terms("ro", "războaiele")).contains("razboi");
        assertThat(terms("ro", "guvernului")).contains("guvern");
    }

    @Test
    void romanianStopWordsGoInEverySpelling() throws IOException {
        assertThat(terms("ro", "războiul din Ucraina și în România")).containsExactly("razboi", "ucraina", "ucrain", "romania", "roman");
        assertThat(terms("ro", "si in")).isEmpty();
    }

    @Test
    void russianAndUkrainianAreStemmed() throws IOException {
        assertThat(terms("ru", "карателей")).isEqualTo(terms("ru", "каратели"));
        assertThat(terms("uk", "України")).isEqualTo(terms("uk", "Україна"));
    }

    @Test
    void otherLanguagesAreFoldedOnly() throws IOException {
        assertThat(LanguageAnalyzers.code("de")).isEqualTo(LanguageAnalyzers.GENERIC);
        assertThat(terms("de", "Müller Straße")).containsExactly("muller", "strasse");
    }
}
