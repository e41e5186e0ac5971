package org.menagerie.translate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.menagerie.catalog.Check;

/**
 * Renders Romanian, Russian and Ukrainian text in English words for retrieval. {@link #render} is the whole chain,
 * one word at a time, as a Lucene analyzer chains its token filters: numbers normalised, words split, lemmatised by
 * the language's dictionary, glossed through its lexicon, names spelled in Latin.
 *
 * <p>The lexicons and dictionaries load on a language's first use; one translator serves many threads.
 */
public final class Translator {
    /** The languages with a shipped lexicon. */
    public static final Set<String> LANGUAGES = Set.of("ro", "ru", "uk");
    private static final Translator SHIPPED = new Translator();
    private final Map<String, List<Stage>> chains = new ConcurrentHashMap<>();

    private Translator() {}

    /** The translator over the lexicons in the jar. */
    public static Translator shipped() {
        return SHIPPED;
    }

    /** Whether text in this language (ISO 639-1) is rendered in English. */
    public boolean translates(String language) {
        return language != null && LANGUAGES.contains(language);
    }

    public Rendering render(String text, String language) {
        Check.notNull(text, "text");
        if (!translates(language)) throw new IllegalArgumentException("no lexicon for '" + language + "'");
        List<Word> words = Word.split(Numbers.normalise(text));
        for (Stage stage : chain(language)) words = words.stream().map(stage).toList();
        return Rendering.of(language, words);
    }

    /**
     * The English words a case's text is also indexed and profiled with when it is in a language the translator
     * knows (so that English and other-language queries meet it); null for English and untranslated languages.
     */
    public String keywordsOf(String text, String language) {
        return translates(language) ? render(text, language).keywords() : null;
    }

    /** The lexicon a language's glosses come from (for reporting what was loaded). */
    public Lexicon lexicon(String language) {
        return Lexicons.get(language);
    }

    private List<Stage> chain(String language) {
        return chains.computeIfAbsent(language, l -> List.of(
                new Lemmatize(Lemmatizer.of(l)),
                new Gloss(l, Lexicons.get(l), l.equals("uk") ? Lexicons.get("ru") : null),
                new Name(l)));
    }
}
