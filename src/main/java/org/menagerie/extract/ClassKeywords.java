package org.menagerie.extract;

import java.util.Locale;

/**
 * A set of keywords looked for inside class and id names; plain substring search, because a case-insensitive regex
 * alternation over every element of a page was the slowest part of extraction.
 */
final class ClassKeywords {
    private final String[] words;

    ClassKeywords(String... words) {
        this.words = words.clone();
        for (int i = 0; i < this.words.length; i++) this.words[i] = this.words[i].toLowerCase(Locale.ROOT);
    }

    /** True when a keyword occurs in the text, which the caller has lower-cased. */
    boolean in(String lowercase) {
        if (lowercase.isEmpty()) return false;
        for (String w : words) if (lowercase.contains(w)) return true;
        return false;
    }
}
