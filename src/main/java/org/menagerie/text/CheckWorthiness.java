package org.menagerie.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.menagerie.catalog.Check;
import org.menagerie.embedding.Embedder;

/**
 * How worth checking a sentence is: a score in [0, 1] and a yes/no at the model's threshold. English sentences are
 * read word by word, other languages (Romanian first) by language-neutral cues; in both, the sentences that pass a
 * cheap first pass are read again through their e5 vectors (see {@link CheckWorthinessModel}).
 */
public final class CheckWorthiness {
    private static final Set<String> ROMANIAN_WORDS = Set.of("si", "ca", "este", "sunt", "nu", "pe", "la",
            "cu", "care", "din", "pentru", "au", "fost", "mai", "o", "un", "lui", "sa", "de", "ce", "se", "cum");
    private static final Set<String> ENGLISH_WORDS = Set.of("the", "and", "is", "are", "of", "to", "that", "on",
            "we", "it", "was", "for", "you", "i", "have", "this", "not", "be", "will", "they");

    private final CheckWorthinessModel model;
    private final Vectors vectors;

    /** The e5 query vectors ("query: " + sentence, unit length) of a batch of sentences, in order. */
    @FunctionalInterface
    public interface Vectors {
        List<float[]> of(List<String> sentences);
    }

    /** A scorer that uses the first pass only, whatever the model holds: cheap, and no embedding model needed. */
    public CheckWorthiness(CheckWorthinessModel model) {
        this(model, null);
    }

    /**
     * @param vectors how sentences that pass the first pass's gate are embedded for the second; null scores by the
     *                first pass alone
     */
    public CheckWorthiness(CheckWorthinessModel model, Vectors vectors) {
        this.model = Check.notNull(model, "model");
        this.vectors = vectors;
    }

    /**
     * The model shipped with Menagerie with both passes, the e5 model loaded when first needed, warmed up: the first
     * sentences scored pay for loading the classes, the patterns and the Unicode tables, so they are paid here.
     */
    public static CheckWorthiness load() {
        return load(new LazyE5());
    }

    /** The shipped model, embedding through {@code vectors} (a caller that already has an embedder passes its own). */
    public static CheckWorthiness load(Vectors vectors) {
        CheckWorthiness scorer = new CheckWorthiness(CheckWorthinessModel.fromResource(), vectors);
        CheckWorthiness firstPass = new CheckWorthiness(scorer.model);
        for (int i = 0; i < 20; i++) {
            firstPass.score("Unemployment fell to 3.5 percent in 2019, the lowest rate since 1969.");
            firstPass.score("Șomajul a scăzut la 3,5 la sută în 2019, potrivit datelor INS.");
        }
        return scorer;
    }

    /**
     * A sentence's score and whether it passes the threshold for its language.
     *
     * @param secondPass whether the sentence went through the second pass (was embedded)
     */
    public record Score(double value, boolean checkWorthy, boolean secondPass) {
        public Score(double value, boolean checkWorthy) {
            this(value, checkWorthy, false);
        }
    }

    /**
     * @param language an ISO 639-1 code; "en" reads words, anything else reads the language-neutral cues
     */
    public Score score(String sentence, String language) {
        Check.notNull(sentence, "sentence");
        return scoreAll(List.of(sentence), language).get(0);
    }

    /**
     * Scores by the language-neutral path (cues, then cues and vector), as every language but English is scored; on
     * English data this measures how well that path does.
     */
    public Score scoreByCues(String sentence, String language) {
        Check.notNull(sentence, "sentence");
        String lang = Check.language(language, "language");
        return scoreAll(List.of(sentence), lang, model.neutral(), model.neutralSecond(), false).get(0);
    }

    /** Scores a sentence whose language is not known, telling English from Romanian by their commonest words. */
    public Score score(String sentence) {
        return score(sentence, guessLanguage(sentence));
    }

    /**
     * Scores sentences of one language: every sentence by the first pass, and those at or above its gate by the
     * second, embedded together in one batch. A sentence stopped at the gate keeps its first-pass score, scaled
     * below the second pass's threshold so that scores stay in one order.
     */
    public List<Score> scoreAll(List<String> sentences, String language) {
        Check.list(sentences, "sentences");
        String lang = Check.language(language, "language");
        boolean english = "en".equals(lang);
        return scoreAll(sentences, lang, model.head(lang), model.second(lang), english);
    }

    private List<Score> scoreAll(List<String> sentences, String language, CheckWorthinessModel.Head first,
                                 CheckWorthinessModel.Second second, boolean stacked) {
        int n = sentences.size();
        double[] p = new double[n];
        float[][] cues = new float[n][];
        List<Integer> passing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String s = Check.notNull(sentences.get(i), "sentences[" + i + "]");
            p[i] = first.probability(CheckWorthinessFeatures.of(s, language));
            cues[i] = CheckWorthinessCues.of(s, language);
            if (second != null && vectors != null && p[i] >= second.gate()) passing.add(i);
        }
        Score[] scores = new Score[n];
        if (second == null || vectors == null) {
            for (int i = 0; i < n; i++) scores[i] = new Score(p[i], p[i] >= first.threshold());
            return List.of(scores);
        }
        List<float[]> v = passing.isEmpty() ? List.of() : vectors.of(passing.stream().map(sentences::get).toList());
        CheckWorthinessModel.Head head = second.head();
        for (int k = 0; k < passing.size(); k++) {
            int i = passing.get(k);
            double q = head.probability(CheckWorthinessFeatures.dense(v.get(k), cues[i],
                    stacked ? CheckWorthinessFeatures.logit(p[i]) : Double.NaN));
            scores[i] = new Score(q, q >= head.threshold(), true);
        }
        for (int i = 0; i < n; i++) {
            if (scores[i] == null) scores[i] = new Score(p[i] * head.threshold() / Math.max(second.gate(), 1e-6) * 0.999, false);
        }
        return List.of(scores);
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

    /** The e5 model, loaded on first use, so that scorers that never reach the second pass never load it. */
    private static final class LazyE5 implements Vectors {
        private volatile Embedder embedder;

        @Override
        public List<float[]> of(List<String> sentences) {
            Embedder e = embedder;
            if (e == null) {
                synchronized (this) {
                    if (embedder == null) embedder = Embedder.e5Small();
                    e = embedder;
                }
            }
            return e.queries(sentences);
        }
    }
}
