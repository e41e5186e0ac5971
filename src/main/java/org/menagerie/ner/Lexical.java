package org.menagerie.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.tagging.ro.RomanianTagger;

/**
 * A word's lemma and parts of speech from LanguageTool's Romanian dictionary, remembered per word form: news text
 * repeats its words, and a dictionary lookup costs more than the rest of a token's features.
 */
final class Lexical {
    /** The lemma ("?" when the dictionary does not know the word) and the sorted part-of-speech codes ("Sf|Vm"). */
    record Entry(String lemma, String pos) {}

    private static final Locale RO = Locale.forLanguageTag("ro");
    private static final int MAX_REMEMBERED = 200_000;
    private static final RomanianTagger TAGGER = new RomanianTagger();
    private static final Map<String, Entry> SEEN = new ConcurrentHashMap<>();
    private static final Entry NONE = new Entry("?", "?");

    private Lexical() {}

    static Entry of(String word) {
        return ofLowerCase(word.toLowerCase(RO));
    }

    static Entry ofLowerCase(String lower) {
        if (lower.isEmpty() || !Character.isLetter(lower.charAt(0))) return NONE;
        Entry e = SEEN.get(lower);
        if (e != null) return e;
        e = lookUp(lower);
        if (SEEN.size() >= MAX_REMEMBERED) SEEN.clear();
        SEEN.put(lower, e);
        return e;
    }

    private static Entry lookUp(String lower) {
        AnalyzedTokenReadings readings;
        try {
            synchronized (TAGGER) {
                readings = TAGGER.tag(List.of(lower)).get(0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!readings.isTagged()) return NONE;
        TreeSet<String> pos = new TreeSet<>();
        String lemma = null;
        for (AnalyzedToken r : readings.getReadings()) {
            String tag = r.getPOSTag();
            if (tag == null || tag.isEmpty()) continue;
            pos.add(tag.substring(0, Math.min(2, tag.length())));
            if (lemma == null && r.getLemma() != null) lemma = r.getLemma().toLowerCase(RO);
        }
        if (pos.isEmpty()) return NONE;
        return new Entry(lemma == null ? lower : lemma, String.join("|", pos));
    }
}
