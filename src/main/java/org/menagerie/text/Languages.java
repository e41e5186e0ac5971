package org.menagerie.text;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Map;

/**
 * Tells the language of a text among the few a Romanian desk meets: Romanian, English, Russian, Ukrainian, and the
 * neighbours that would otherwise be mistaken for them (Bulgarian for the Cyrillic pair, Hungarian, French, German for
 * the Latin ones). Only those models are built, lazily, which keeps lingua's memory to a few hundred megabytes.
 */
public final class Languages {
    /** The code for a text that is too short, or not enough like any of the languages, to tell. */
    public static final String UNKNOWN = "und";
    static final int MIN_LETTERS = 20;

    private static final Map<Language, String> CODES = Map.of(Language.ROMANIAN, "ro", Language.ENGLISH, "en",
            Language.RUSSIAN, "ru", Language.UKRAINIAN, "uk", Language.BULGARIAN, "bg", Language.HUNGARIAN, "hu",
            Language.FRENCH, "fr", Language.GERMAN, "de");

    private Languages() {}

    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder
                .fromLanguages(CODES.keySet().toArray(Language[]::new))
                .withMinimumRelativeDistance(0.05).build();
    }

    /** The ISO 639-1 code of the text's language, or {@link #UNKNOWN}. */
    public static String identify(String text) {
        if (text == null || letters(text) < MIN_LETTERS) return UNKNOWN;
        Language language = Holder.DETECTOR.detectLanguageOf(text);
        return CODES.getOrDefault(language, UNKNOWN);
    }

    /**
     * Loads the models of every language now. lingua loads a language's n-gram models at the first text that needs
     * them, which is right for one check, but a stream of items would pay seconds of loading in their midst (the first
     * Latin text after Cyrillic ones, say); a stream calls this once before its first item.
     */
    public static void warmUp() {
        identify("Центральный банк сохранил ключевую ставку; Національний банк України зберіг облікову ставку без змін.");
        identify("Banca Națională a României a păstrat dobânda de politică monetară. The central bank kept its key rate unchanged.");
        identify("A jegybank változatlanul hagyta az alapkamatot. La banque centrale a maintenu son taux. Die Zentralbank beließ den Leitzins.");
    }

    /** Like {@link #identify}, falling back on the hint when the text cannot tell. */
    public static String identify(String text, String hint) {
        String found = identify(text);
        return found.equals(UNKNOWN) && hint != null ? hint : found;
    }

    private static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length() && n < MIN_LETTERS; i++) if (Character.isLetter(text.charAt(i))) n++;
        return n;
    }
}
