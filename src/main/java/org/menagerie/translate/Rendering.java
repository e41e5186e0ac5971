package org.menagerie.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A text rendered in English words for retrieval, not for reading.
 *
 * @param language the input's language
 * @param sentence each word's likeliest English, in the input's order (names capitalised): what is embedded
 * @param keywords every kept gloss and every spelling of every name: what BM25 and word coverage read
 * @param names each name's likeliest spelling with all its spellings (lower case)
 * @param bridges each rendered word of the input with its English, for explaining a match
 */
public record Rendering(String language, String sentence, String keywords, Map<String, Set<String>> names, List<Bridge> bridges) {
    /** A gloss this much weaker than a word's best is left out of the keywords. */
    static final double KEYWORD_SHARE = 0.5;

    public Rendering {
        names = Map.copyOf(names);
        bridges = List.copyOf(bridges);
    }

    static Rendering of(String language, List<Word> words) {
        List<String> sentence = new ArrayList<>(), keywords = new ArrayList<>();
        Map<String, Set<String>> names = new LinkedHashMap<>();
        List<Bridge> bridges = new ArrayList<>();
        for (Word w : words) {
            if (w.number()) {
                sentence.add(w.surface());
                keywords.add(w.surface());
            } else if (!w.names().isEmpty()) {
                String primary = w.names().iterator().next();
                sentence.add(primary.substring(0, 1).toUpperCase(Locale.ROOT) + primary.substring(1));
                keywords.addAll(w.names());
                w.glosses().stream().map(Lexicon.Gloss::english).forEach(keywords::add);
                names.computeIfAbsent(primary, k -> new LinkedHashSet<>()).addAll(w.names());
                bridges.add(new Bridge(w.surface(), List.copyOf(w.names())));
            } else if (!w.glosses().isEmpty()) {
                double best = w.glosses().get(0).weight();
                sentence.add(w.glosses().get(0).english());
                List<String> kept = w.glosses().stream().filter(g -> g.weight() >= KEYWORD_SHARE * best).map(Lexicon.Gloss::english).toList();
                keywords.addAll(kept);
                bridges.add(new Bridge(w.surface(), kept));
            } else {
                sentence.add(w.surface()); // an unknown word may still be shared as written (a cognate, an acronym)
            }
        }
        return new Rendering(language, String.join(" ", sentence), String.join(" ", keywords), names, bridges);
    }
}
