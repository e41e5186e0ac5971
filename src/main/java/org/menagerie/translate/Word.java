package org.menagerie.translate;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One word of the input as it passes the translation stages, each filling in what it knows: lemmas, English glosses,
 * name spellings.
 *
 * @param surface the word as written
 * @param initial whether it begins a sentence (where a capital says nothing about names)
 * @param lemmas its lemmas, empty before lemmatisation
 * @param proper whether the dictionary reads it as a proper name
 * @param glosses its English glosses, best first
 * @param names its Latin spellings when it is a name, the likeliest first
 */
record Word(String surface, boolean initial, Set<String> lemmas, boolean proper, List<Lexicon.Gloss> glosses, Set<String> names) {
    private static final Pattern TOKEN = Pattern.compile("\\d+(?:\\.\\d+)?|\\p{L}+(?:['’ʼ-]\\p{L}+)*|[.!?:;]");

    Word {
        if (surface == null || surface.isEmpty()) throw new IllegalArgumentException("surface must not be empty");
        lemmas = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(lemmas));
        glosses = List.copyOf(glosses);
        names = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(names));
    }

    /** The words and numbers of a text, in order; the end of a sentence only marks the next word as initial. */
    static List<Word> split(String text) {
        List<Word> out = new java.util.ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        boolean initial = true;
        while (m.find()) {
            String t = m.group();
            if (t.length() == 1 && ".!?:;".contains(t)) {
                initial = true;
                continue;
            }
            // a one-letter word is a preposition or a conjunction ("в", "и", "o"), an initial at best: nothing to match
            if (t.length() > 1 || Character.isDigit(t.charAt(0))) out.add(new Word(t, initial, Set.of(), false, List.of(), Set.of()));
            initial = false;
        }
        return out;
    }

    boolean number() {
        return Character.isDigit(surface.charAt(0));
    }

    /** Two letters or more, all capitals: an acronym (США, NATO). */
    boolean acronym() {
        return surface.length() > 1 && surface.chars().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c));
    }

    boolean capitalised() {
        return Character.isUpperCase(surface.charAt(0));
    }

    Word withLemmas(Set<String> l, boolean p) {
        return new Word(surface, initial, l, p, glosses, names);
    }

    Word withGlosses(List<Lexicon.Gloss> g) {
        return new Word(surface, initial, lemmas, proper, g, names);
    }

    Word withNames(Set<String> n) {
        return new Word(surface, initial, lemmas, proper, glosses, n);
    }
}
