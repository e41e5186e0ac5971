package org.menagerie.translate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills in a word's English glosses: those of each of its lemmas (an ambiguous form such as "лютому", February or
 * fierce, keeps both, weighted), else those of the lexicon lemma with the same stem. Ukrainian also reads the Russian
 * lexicon, at {@link #FALLBACK_WEIGHT} of its weights, for a lemma spelt the same in both (the two share much of their
 * vocabulary, and the Ukrainian lexicon is the smaller): "переворот" is "roll, revolution, coup" in one and "coup"
 * first in the other. False friends such as "мир" are why it weighs less.
 */
final class Gloss implements Stage {
    /** Glosses kept per word: a word's senses beyond the third rarely help and often mislead. */
    static final int KEPT = 3;
    static final double FALLBACK_WEIGHT = 0.5;
    private final String language;
    private final Lexicon lexicon;
    private final Lexicon fallback;

    Gloss(String language, Lexicon lexicon, Lexicon fallbackOrNull) {
        this.language = language;
        this.lexicon = lexicon;
        this.fallback = fallbackOrNull;
    }

    @Override
    public Word apply(Word w) {
        if (w.number()) return w;
        List<Lexicon.Gloss> found = new ArrayList<>(ofLemmas(lexicon, w));
        if (fallback != null) {
            for (Lexicon.Gloss g : ofLemmas(fallback, w)) found.add(new Lexicon.Gloss(g.english(), FALLBACK_WEIGHT * g.weight()));
        }
        if (found.isEmpty()) found = lexicon.glossesByStem(w.surface(), language);
        return w.withGlosses(best(found));
    }

    /**
     * A word that is itself a headword is read as that headword: "после" is "after", not a form of "посол"
     * (ambassador), which the dictionary also offers.
     */
    private static List<Lexicon.Gloss> ofLemmas(Lexicon lexicon, Word w) {
        List<Lexicon.Gloss> own = lexicon.glosses(w.surface());
        if (!own.isEmpty()) return own;
        List<Lexicon.Gloss> out = new ArrayList<>();
        for (String lemma : w.lemmas()) out.addAll(lexicon.glosses(lemma));
        return out;
    }

    /** The same gloss from two lemmas or two lexicons counts once, its weights summed; the best {@link #KEPT} are kept. */
    private static List<Lexicon.Gloss> best(List<Lexicon.Gloss> all) {
        Map<String, Lexicon.Gloss> byWord = new LinkedHashMap<>();
        for (Lexicon.Gloss g : all) {
            byWord.merge(g.english().toLowerCase(java.util.Locale.ROOT), g, (a, b) -> new Lexicon.Gloss(a.english(), a.weight() + b.weight()));
        }
        return byWord.values().stream().sorted(Comparator.comparingDouble(Lexicon.Gloss::weight).reversed()).limit(KEPT).toList();
    }
}
