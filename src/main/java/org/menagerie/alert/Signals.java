package org.menagerie.alert;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What tells "restates the case" from "is about the same thing" for one {@link Proposal}: the matcher's confidence
 * and similarity, what the two texts share, how much of the case's claim the sentence (and the whole item) carries,
 * whether the sentence and the whole-item matching agree on the case, and the cues of reporting on a claim rather
 * than making it (reporting verbs, debunking words, a question, a negation on one side only). The names are part of
 * the model file.
 */
public final class Signals {
    public static final List<String> NAMES = List.of("confidence", "similarity", "gap", "names", "numbers", "terms",
            "worthiness", "claimCover", "itemCover", "sentenceCover", "negationMismatch", "debunkCue", "reportCue",
            "question", "sentencesLog", "english", "whole", "agree", "top", "article", "heldApart", "itemBest",
            "claimNumbersMissing");

    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at",
            "for", "with", "from", "by", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
            "that", "this", "these", "those", "it", "its", "his", "her", "their", "they", "he", "she", "we", "you", "i",
            "will", "would", "can", "could", "do", "does", "did", "not", "no", "so", "if", "than", "then", "there",
            "about", "after", "before", "into", "over", "who", "what", "which", "when", "where", "how", "why", "all",
            "more", "most", "out", "up", "just", "also", "only", "said", "says", "say", "new", "one", "our", "your", "my",
            "shows", "show", "photo", "video", "image", "claim", "claims");
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(not|no|never|none|nobody|nothing|neither|nor|"
            + "isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't|can't|cannot|hasn't|haven't|without)\\b|n't\\b");
    private static final Pattern REPORT = Pattern.compile("(?i)\\b(according to|reported(ly)?|reports?|alleged(ly)?|"
            + "accused|accuses|denied|denies|told|stated|announced|statement|spokes\\w*|officials?|ministry|minister|"
            + "press|agency|sources?|quoted|interview)\\b");

    private Signals() {}

    /**
     * @param item the item proposed for
     * @param itemWords {@link #words} of the item's text
     * @param sentences how many sentences the item has
     * @param english whether the item is in English
     * @param agree whether the other way of proposing (whole item or sentence) proposed the same case
     * @param article whether the item is an article (longer than a post)
     * @param best the highest matcher confidence among all the item's proposals
     */
    public static double[] of(Proposal p, Set<String> itemWords, int sentences, boolean english, boolean agree, boolean article,
                       double best) {
        Set<String> caseWords = words(p.caseClaim());
        Set<String> sentenceWords = words(p.sentence());
        boolean caseNegated = NEGATION.matcher(p.caseClaim()).find();
        boolean sentenceNegated = NEGATION.matcher(p.sentence()).find();
        return new double[] {
                p.confidence(),
                p.similarity(),
                p.confidence() - p.next(),
                Math.min(4, p.names().size()),
                Math.min(3, p.numbers().size()),
                Math.min(6, p.terms().size()) / 6.0,
                p.worthiness(),
                cover(caseWords, sentenceWords),
                cover(caseWords, itemWords),
                cover(sentenceWords, caseWords),
                caseNegated != sentenceNegated ? 1 : 0,
                Stance.REFUTE.matcher(p.sentence()).find() ? 1 : 0,
                REPORT.matcher(p.sentence()).find() ? 1 : 0,
                p.sentence().contains("?") ? 1 : 0,
                Math.log1p(sentences) / 5,
                english ? 1 : 0,
                p.whole() ? 1 : 0,
                agree ? 1 : 0,
                p.rank() == 0 ? 1 : 0,
                article ? 1 : 0,
                Stance.HELD_APART.matcher(p.sentence()).find() ? 1 : 0,
                p.confidence() >= best ? 1 : 0,
                numbersMissing(p.caseClaim(), p.sentence())};
    }

    /** Content words, lower-cased and cut to five letters so that plurals and tenses meet. */
    public static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (w.length() < 3 || STOP.contains(w)) continue;
            out.add(w.length() > 5 ? w.substring(0, 5) : w);
        }
        return out;
    }

    /** The share of {@code of} found in {@code in}; 0 when {@code of} is empty. */
    public static double cover(Set<String> of, Set<String> in) {
        if (of.isEmpty()) return 0;
        int n = 0;
        for (String w : of) if (in.contains(w)) n++;
        return n / (double) of.size();
    }

    /** The words of {@code text} (as written, once each, longest first, at most {@code max}) that {@code claim} also has. */
    public static List<String> shared(String text, String claim, int max) {
        Set<String> claimWords = words(claim);
        java.util.LinkedHashMap<String, String> byStem = new java.util.LinkedHashMap<>();
        for (String w : WORD.split(text)) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.length() < 3 || STOP.contains(lower) || lower.chars().allMatch(Character::isDigit)) continue;
            String stem = lower.length() > 5 ? lower.substring(0, 5) : lower;
            if (claimWords.contains(stem)) byStem.putIfAbsent(stem, w);
        }
        return byStem.values().stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).limit(max).toList();
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");

    /** The share of the claim's numbers (digits, separators dropped) the matched text does not have; 0 when it has none. */
    static double numbersMissing(String claim, String text) {
        Set<String> have = new HashSet<>();
        java.util.regex.Matcher t = NUMBER.matcher(text);
        while (t.find()) have.add(t.group().replaceAll("[.,]", ""));
        java.util.regex.Matcher m = NUMBER.matcher(claim);
        int all = 0, missing = 0;
        while (m.find()) {
            all++;
            if (!have.contains(m.group().replaceAll("[.,]", ""))) missing++;
        }
        return all == 0 ? 0 : missing / (double) all;
    }
}
