package org.menagerie.translate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.tagging.Tagger;
import org.languagetool.tagging.ro.RomanianTagger;
import org.languagetool.tagging.ru.RussianTagger;
import org.languagetool.tagging.uk.UkrainianTagger;

/**
 * A word's lemmas from LanguageTool's morfologik dictionary for its language (Romanian, Russian, Ukrainian), and
 * whether the dictionary reads it as a proper name.
 */
final class Lemmatizer {
    /** The lemmas of one word; {@code proper} when some reading is a first, family or place name. */
    record Lemmas(Set<String> lemmas, boolean proper) {}

    private final Tagger tagger;

    private Lemmatizer(Tagger tagger) {
        this.tagger = tagger;
    }

    static Lemmatizer of(String language) {
        return new Lemmatizer(switch (language) {
            case "ro" -> new RomanianTagger();
            case "ru" -> new RussianTagger();
            case "uk" -> new UkrainianTagger();
            default -> throw new IllegalArgumentException("no lemmatizer for " + language);
        });
    }

    /** The word's lemmas (the lower-case word itself first when the dictionary does not know it). */
    Lemmas lemmas(String word) {
        Set<String> out = new LinkedHashSet<>();
        boolean proper = false;
        for (String form : List.of(word, Words.key(word))) {
            for (AnalyzedToken t : tag(form).getReadings()) {
                if (t.getLemma() == null) continue;
                out.add(Words.key(t.getLemma()));
                String pos = t.getPOSTag() == null ? "" : t.getPOSTag();
                proper |= pos.contains(":prop") || pos.contains(":Fam") || pos.contains(":Name") || pos.contains(":Patr")
                        || pos.startsWith("NN:Geo") || pos.contains(":geo");
            }
            if (!out.isEmpty()) break;
        }
        if (out.isEmpty()) out.add(Words.key(word));
        return new Lemmas(out, proper);
    }

    private AnalyzedTokenReadings tag(String word) {
        try {
            synchronized (tagger) {
                return tagger.tag(List.of(word)).get(0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
