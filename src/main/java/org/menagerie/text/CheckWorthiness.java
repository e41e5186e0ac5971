package org.menagerie.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.menagerie.catalog.Check;

/**
 * How worth checking a sentence is: a score in [0, 1] and a yes/no at the model's threshold. English sentences are
 * read word by word; other languages (Romanian first) by language-neutral cues only, which is weaker.
 */
public final class CheckWorthiness {
    private static final Set<String> ROMANIAN_WORDS = Set.of("si", "ca", "este", "sunt", "nu", "pe", "la",
            "cu", "care", "din", "pentru", "au", "fost", "mai", "o", "un", "lui", "sa", "de", "ce", "se", "cum");
    private static final Set<String> ENGLISH_WORDS = Set.of("the", "and", "is", "are", "of", "to", "that", "on",
            "we", "it", "was", "for", "you", "i", "have", "this", "not", "be", "will", "they");

    private final CheckWorthinessModel model;

    public CheckWorthiness(CheckWorthinessModel model) {
        this.model = Check.notNull(model, "model");
    }

    /**
     * The model shipped with Menagerie, warmed up: the first sentences scored pay for loading the classes, the
     * patterns and the Unicode tables (a few hundred milliseconds when cold), so they are paid here, at startup.
     */
    public static CheckWorthiness load() {
        CheckWorthiness scorer = new CheckWorthiness(CheckWorthinessModel.fromResource());
        for (int i = 0; i < 20; i++) {
            scorer.score("Unemployment fell to 3.5 percent in 2019, the lowest rate since 1969.");
            scorer.score("Șomajul a scăzut la 3,5 la sută în 2019, potrivit datelor INS.");
        }
        return scorer;
    }

    /** A sentence's score and whether it passes the threshold for its language. */
    public record Score(double value, boolean checkWorthy) {}

    /**
     * @param language an ISO 639-1 code; "en" reads words, anything else reads the language-neutral cues
     */
    public Score score(String sentence, String language) {
        Check.notNull(sentence, "sentence");
        String lang = Check.language(language, "language");
        double p = model.probability(sentence, lang);
        return new Score(p, p >= model.head(lang).threshold());
    }

    /**
     * Scores by the language-neutral cues alone, as every language but English is scored; on English data this
     * measures how well that head does.
     */
    public Score scoreByCues(String sentence, String language) {
        Check.notNull(sentence, "sentence");
        String lang = Check.language(language, "language");
        CheckWorthinessModel.Head head = model.neutral();
        double p = head.probability(CheckWorthinessFeatures.of(sentence, lang));
        return new Score(p, p >= head.threshold());
    }

    /** Scores a sentence whose language is not known, telling English from Romanian by their commonest words. */
    public Score score(String sentence) {
        return score(sentence, guessLanguage(sentence));
    }

    public List<Score> scoreAll(List<String> sentences, String language) {
        List<Score> scores = new ArrayList<>(sentences.size());
        for (String s : sentences) scores.add(score(s, language));
        return scores;
    }

    public CheckWorthinessModel model() {
        return model;
    }

    /** "ro" when Romanian function words or letters outnumber English ones, else "en"; a crude guess by design. */
    static String guessLanguage(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        int ro = lower.chars().filter(c -> "ăâîșşțţ".indexOf(c) >= 0).map(c -> 2).sum();
        int en = 0;
        for (String w : CheckWorthinessFeatures.words(CheckWorthinessCues.fold(sentence))) {
            if (ROMANIAN_WORDS.contains(w)) ro++;
            if (ENGLISH_WORDS.contains(w)) en++;
        }
        return ro > en ? "ro" : "en";
    }
}
