package org.menagerie.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.tagging.ro.RomanianTagger;

/** Asks LanguageTool's Romanian dictionary whether a word is a common word, and for its lemmas. */
final class RomanianWords {
    private static final RomanianTagger TAGGER = new RomanianTagger();

    private RomanianWords() {}

    /** True when the lower-case form is in the dictionary, i.e. the word need not be a name. */
    static boolean known(String word) {
        return readings(word.toLowerCase(new Locale("ro"))).isTagged();
    }

    static List<String> lemmas(String word) {
        return readings(word.toLowerCase(new Locale("ro"))).getReadings().stream()
                .map(AnalyzedToken::getLemma).filter(l -> l != null).toList();
    }

    private static AnalyzedTokenReadings readings(String word) {
        try {
            synchronized (TAGGER) {
                return TAGGER.tag(List.of(word)).get(0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
