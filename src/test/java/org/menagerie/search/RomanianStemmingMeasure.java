package org.menagerie.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import morfologik.stemming.Dictionary;
import morfologik.stemming.WordData;
import org.tartarus.snowball.ext.RomanianStemmer;

/**
 * How often Snowball's Romanian stemmer maps an inflected form onto the same stem as its lemma, over every entry of
 * LanguageTool's Romanian dictionary (a run-once measurement behind the choice of lemmatisation; not a test).
 */
public final class RomanianStemmingMeasure {
    public static void main(String[] args) throws IOException {
        Dictionary dict = Dictionary.read(RomanianStemmingMeasure.class.getResource("/org/languagetool/resource/ro/romanian.dict"));
        RomanianStemmer stemmer = new RomanianStemmer();
        Map<Character, long[]> byPos = new HashMap<>();
        long all = 0, same = 0, sameFolded = 0;
        for (WordData w : new morfologik.stemming.DictionaryLookup(dict)) {
            String form = w.getWord().toString().toLowerCase(), lemma = w.getStem().toString().toLowerCase();
            if (form.equals(lemma) || w.getTag() == null) continue;
            boolean s = stem(stemmer, form).equals(stem(stemmer, lemma));
            boolean f = stem(stemmer, RomanianLemmaFilter.fold(form)).equals(stem(stemmer, RomanianLemmaFilter.fold(lemma)));
            all++;
            if (s) same++;
            if (f) sameFolded++;
            long[] c = byPos.computeIfAbsent(w.getTag().charAt(0), k -> new long[2]);
            c[0]++;
            if (s) c[1]++;
        }
        System.out.printf("inflected forms: %,d; Snowball conflates form and lemma: %.1f%% (on diacritic-free text: %.1f%%)%n",
                all, 100.0 * same / all, 100.0 * sameFolded / all);
        byPos.forEach((pos, c) -> System.out.printf("  tag %s: %,d forms, %.1f%%%n", pos, c[0], 100.0 * c[1] / c[0]));
    }

    private static String stem(RomanianStemmer s, String w) {
        s.setCurrent(w);
        s.stem();
        return s.getCurrent();
    }
}
