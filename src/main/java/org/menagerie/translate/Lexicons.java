package org.menagerie.translate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The shipped lexicons, each read once, on first use. */
final class Lexicons {
    private static final Map<String, Lexicon> LOADED = new ConcurrentHashMap<>();

    private Lexicons() {}

    static Lexicon get(String language) {
        return LOADED.computeIfAbsent(language, l -> {
            Lexicon lexicon = Lexicon.shipped(l);
            if (lexicon == null) throw new IllegalStateException("the " + l + "-en lexicon is missing from the classpath");
            return lexicon;
        });
    }
}
