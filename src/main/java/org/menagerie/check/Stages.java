package org.menagerie.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.menagerie.extract.Article;
import org.menagerie.text.CheckWorthiness;
import org.menagerie.text.Languages;
import org.menagerie.text.Sentence;
import org.menagerie.translate.Translator;

/** The checker's small stages, each a pure function of the previous one's output. */
final class Stages {
    static final int LANGUAGE_SAMPLE = 3_000;
    /**
     * Languages whose sentences are scored for check-worthiness by the English model, on their English rendering. Not
     * Romanian: its language-neutral model was measured on a labelled Romanian set, the rendering was not.
     */
    static final java.util.Set<String> RENDERED = java.util.Set.of("ru", "uk");
    private Stages() {}

    /** A sentence with its position and check-worthiness. */
    record Scored(int index, Sentence sentence, double score, boolean checkWorthy) {}

    /** The text a reader sees: headline, standfirst and body, a paragraph a block. */
    static String text(Article article) {
        String text = article.readableText();
        if (text.isEmpty()) throw CheckException.badInput("no text found: the input has no title and no body to check").keyed("check.error.noText");
        return text;
    }

    /** At most {@link Checker#MAX_CHARS} characters, cut at a paragraph or line break when there is one near the end. */
    static String capped(String text, List<Report.Note> notes) {
        if (text.length() <= Checker.MAX_CHARS) return text;
        int cut = text.lastIndexOf('\n', Checker.MAX_CHARS);
        if (cut < Checker.MAX_CHARS / 2) cut = Checker.MAX_CHARS;
        notes.add(Report.Note.of("check.note.capped", "the text has " + text.length() + " characters; only the first " + cut + " were read",
                text.length(), cut));
        return text.substring(0, cut);
    }

    /**
     * The text's language, or an error naming the languages that can be checked. The first
     * {@link #LANGUAGE_SAMPLE} characters tell it as well as the whole, in bounded time.
     */
    static String language(String text, String declared) {
        String language = Languages.identify(text.substring(0, Math.min(text.length(), LANGUAGE_SAMPLE)), declared);
        if (language.equals(Languages.UNKNOWN)) {
            throw CheckException.badInput("cannot tell the language of the text (too short, or not one of "
                    + String.join(", ", sorted()) + "): nothing checked").keyed("check.error.unknownLanguage", String.join(", ", sorted()));
        }
        if (!Checker.LANGUAGES.contains(language)) {
            throw CheckException.badInput("the text is in '" + language + "', which cannot be checked yet (supported: "
                    + String.join(", ", sorted()) + ")").keyed("check.error.unsupportedLanguage", language, String.join(", ", sorted()));
        }
        return language;
    }

    /** Scores the first {@link Checker#MAX_SENTENCES} sentences; over-long ones are not claims. */
    static List<Scored> worthiness(CheckWorthiness model, List<Sentence> sentences, String language, List<Report.Note> notes) {
        int n = Math.min(sentences.size(), Checker.MAX_SENTENCES);
        if (n < sentences.size()) {
            notes.add(Report.Note.of("check.note.sentences", "only the first " + n + " of " + sentences.size() + " sentences were read",
                    n, sentences.size()));
        }
        List<Integer> read = new ArrayList<>(n);
        int long_ = 0;
        for (int i = 0; i < n; i++) {
            Sentence s = sentences.get(i);
            if (s.text().length() > Checker.MAX_SENTENCE_CHARS) long_++;
            else read.add(i);
        }
        // Page chrome is never a claim; the rest is scored in one call, so the sentences that pass the cheap first
        // pass are embedded together, in batches.
        List<Integer> scoredIdx = read.stream().filter(i -> !Chrome.is(sentences.get(i).text())).toList();
        List<String> texts = scoredIdx.stream().map(i -> sentences.get(i).text()).toList();
        List<CheckWorthiness.Score> scores = RENDERED.contains(language)
                // Russian and Ukrainian have no check-worthiness model of their own: the English one reads their rendering
                ? model.scoreAll(texts.stream().map(t -> Translator.shipped().render(t, language).sentence()).toList(), "en")
                : model.scoreAll(texts, language);
        Map<Integer, CheckWorthiness.Score> byIndex = new HashMap<>();
        for (int k = 0; k < scoredIdx.size(); k++) byIndex.put(scoredIdx.get(k), scores.get(k));
        List<Scored> out = new ArrayList<>(read.size());
        for (int i : read) {
            CheckWorthiness.Score score = byIndex.get(i);
            out.add(score == null ? new Scored(i, sentences.get(i), 0, false)
                    : new Scored(i, sentences.get(i), score.value(), score.checkWorthy()));
        }
        if (long_ > 0) {
            notes.add(Report.Note.of("check.note.longPassages", long_ + " passages longer than " + Checker.MAX_SENTENCE_CHARS
                    + " characters were skipped", long_, Checker.MAX_SENTENCE_CHARS));
        }
        return out;
    }

    /** The check-worthy sentences, in text order; when there are too many, the most check-worthy of them. */
    static List<Scored> mostWorthy(List<Scored> scored, int max, List<Report.Note> notes) {
        List<Scored> worthy = scored.stream().filter(Scored::checkWorthy).toList();
        if (worthy.size() <= max) return worthy;
        notes.add(Report.Note.of("check.note.mostWorthy", "only the " + max + " most check-worthy of " + worthy.size()
                + " check-worthy sentences were matched", max, worthy.size()));
        return worthy.stream().sorted(Comparator.comparingDouble(Scored::score).reversed()).limit(max)
                .sorted(Comparator.comparingInt(Scored::index)).toList();
    }

    /** What a reader should know about how well the language is served. */
    static List<Report.Note> languageNotes(String language) {
        if (language.equals("en")) return List.of();
        if (RENDERED.contains(language)) {
            return List.of(Report.Note.of("check.note.rendered", "'" + language + "' is read through an English rendering (lexicons and"
                    + " transliterated names): check-worthiness and matching see English words, so expect fewer claims found and fewer"
                    + " matches than for English", language));
        }
        return List.of(Report.Note.of("check.note.language", "check-worthiness in '" + language + "' reads language-neutral cues and an English-trained "
                + "embedding model: expect fewer claims found and fewer matches than for English", language));
    }

    private static List<String> sorted() {
        return Checker.LANGUAGES.stream().sorted().toList();
    }
}
