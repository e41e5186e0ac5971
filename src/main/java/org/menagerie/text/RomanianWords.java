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

    /** True when every part of a hyphenated word ("S-a", "într-o") is a common word. */
    static boolean knownParts(String word) {
        if (!word.contains("-")) return known(word);
        for (String part : word.split("-")) if (!part.isEmpty() && !known(part)) return false;
        return true;
    }

    /**
     * The lemmas of the word's noun readings; none for a form that may be a feminine or plural adjective
     * ("istorice", "militară"), which would otherwise pass for a noun of persons.
     */
    static List<String> nounLemmas(String word) {
        List<AnalyzedToken> readings = readings(word.toLowerCase(new Locale("ro"))).getReadings();
        boolean adjective = readings.stream().anyMatch(r -> r.getPOSTag() != null && r.getPOSTag().startsWith("A"));
        if (adjective && (word.endsWith("e") || word.endsWith("ă"))) return List.of();
        return readings.stream().filter(r -> r.getPOSTag() != null && r.getPOSTag().startsWith("S"))
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
