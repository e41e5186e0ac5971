package org.menagerie.translate;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.RomanianStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The last resort for a form the dictionary does not know ("биолаборатории"): the lexicon's lemma with the same Snowball
 * stem. Ukrainian has no Snowball stemmer; the Russian one strips most of its endings too, as the two inflect alike.
 */
final class Stems {
    private final Supplier<SnowballStemmer> stemmers;
    private final Map<String, String> lemmaByStem = new HashMap<>();

    Stems(String language, Iterable<String> lemmas) {
        this.stemmers = language.equals("ro") ? RomanianStemmer::new : RussianStemmer::new;
        SnowballStemmer s = stemmers.get();
        for (String lemma : lemmas) {
            if (lemma.contains(" ")) continue;
            // the shortest lemma of a stem is the likeliest base form ("вакцина" before "вакцинация")
            lemmaByStem.merge(stem(s, lemma), lemma, (a, b) -> a.length() <= b.length() ? a : b);
        }
    }

    /** A lemma of the lexicon sharing the word's stem, or null. Stems under four letters are too ambiguous to trust. */
    String lemma(String word) {
        String stem = stem(stemmers.get(), Words.key(word));
        return stem.length() < 4 ? null : lemmaByStem.get(stem);
    }

    private static String stem(SnowballStemmer s, String word) {
        s.setCurrent(word);
        s.stem();
        return s.getCurrent();
    }
}
