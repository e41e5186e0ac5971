package org.menagerie.translate;

import java.util.Locale;

/** The one spelling a word is looked up under, in the lexicons and at runtime alike. */
public final class Words {
    private Words() {}

    /**
     * Lower case, without stress marks (U+0301, which Wiktionary's Slavic forms carry), ё as е (Russian writes both),
     * ş/ţ with the comma below (Romanian writes both).
     */
    public static String key(String word) {
        String s = word.strip().toLowerCase(Locale.ROOT).replace("\u0301", "").replace("\u0300", "");
        return s.replace('ё', 'е').replace('ş', 'ș').replace('ţ', 'ț').replace('’', '\'');
    }
}
