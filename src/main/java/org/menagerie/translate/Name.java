package org.menagerie.translate;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Fills in a name's Latin spellings. A capitalised word is a name when the dictionary says so, when the lexicon's
 * English for it is capitalised too (or it is an acronym), when the lexicon does not know it, or when it stands inside
 * a sentence. A name the lexicon translates with a capital (Крим: Crimea,
 * нацист: Nazi) keeps that English name first; others are transliterated ({@link Names#variants}).
 */
final class Name implements Stage {
    private final String language;

    Name(String language) {
        this.language = language;
    }

    @Override
    public Word apply(Word w) {
        if (w.number() || !w.capitalised()) return w;
        boolean englishName = !w.glosses().isEmpty()
                && (w.acronym() || Character.isUpperCase(w.glosses().get(0).english().charAt(0)));
        // a common word with a capital at a sentence's start is not a name; inside a sentence it is ("на Майдане")
        if (!(englishName || w.proper() || w.glosses().isEmpty() || !w.initial())) return w;
        Set<String> names = new LinkedHashSet<>();
        if (englishName) {
            // the capitalised glosses are the English names (Україна: Ukraine, not "country"); an acronym's are all names
            for (Lexicon.Gloss g : w.glosses()) {
                if (w.acronym() || Character.isUpperCase(g.english().charAt(0))) names.add(g.english().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}0-9 -]", ""));
            }
        }
        String lemma = w.lemmas().isEmpty() ? w.surface() : w.lemmas().iterator().next();
        names.addAll(Names.variants(lemma, language));
        names.remove("");
        return w.withNames(names);
    }
}
