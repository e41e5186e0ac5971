package org.menagerie.check;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.menagerie.translate.Rendering;
import org.menagerie.translate.Spellings;

/**
 * What a text offers for matching and for explaining a match: its stemmed terms, its numbers, its capitalised names
 * and the date a quoted tweet carries at its end ("— Name (@handle) January 14, 2020").
 */
record Cues(Set<String> terms, Set<String> numbers, Set<String> names, LocalDate date, Map<String, Set<String>> aliases) {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)*");
    private static final Pattern TWEET_DATE = Pattern.compile(
            "(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2}), (\\d{4})\\W*$");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d yyyy", Locale.ENGLISH);
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "this", "that", "these", "those", "it", "its",
            "he", "she", "they", "we", "you", "i", "in", "on", "at", "of", "for", "and", "but", "or", "if", "when", "what",
            "why", "how", "who", "is", "are", "was", "were", "do", "does", "did", "not", "no", "yes", "my", "our", "your",
            "his", "her", "their", "there", "here", "rt", "breaking", "video", "photo", "just", "now", "new", "after", "as",
            "by", "with", "from", "to", "so", "all", "more", "one", "will", "can", "us");

    static Cues of(Analyzer analyzer, String text) {
        String clean = QueryText.clean(text);
        LocalDate date = null;
        Matcher d = TWEET_DATE.matcher(text.strip());
        if (d.find()) {
            try {
                date = LocalDate.parse(d.group(1) + " " + d.group(2) + " " + d.group(3), DATE);
            } catch (DateTimeParseException ignored) {
                // an impossible date such as February 30 is no date
            }
            clean = QueryText.clean(text.substring(0, d.start()));
        }
        Set<String> numbers = new LinkedHashSet<>();
        Matcher n = NUMBER.matcher(clean);
        while (n.find()) numbers.add(n.group().replace(",", ""));
        Set<String> names = new LinkedHashSet<>();
        Matcher m = NAME.matcher(clean);
        while (m.find()) {
            for (String w : m.group().split("\\s+")) {
                String lower = w.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
                if (lower.length() > 2 && !NOT_NAMES.contains(lower)) names.add(lower);
            }
        }
        return new Cues(new LinkedHashSet<>(Terms.analyzed(analyzer, clean)), numbers, names, date, Map.of());
    }

    /**
     * The cues of a text rendered in English: its terms are those of the original (a Romanian case shares them) and of
     * the rendering's glosses (an English case does), its numbers the rendering's (written the English way), its names
     * the rendering's, each with every spelling it may have.
     */
    static Cues of(Analyzer analyzer, String text, Rendering rendering) {
        Cues original = of(analyzer, text), english = of(analyzer, rendering.keywords() + " " + rendering.sentence());
        Set<String> terms = new LinkedHashSet<>(original.terms());
        terms.addAll(english.terms());
        return new Cues(terms, english.numbers(), new LinkedHashSet<>(rendering.names().keySet()), null, rendering.names());
    }

    /** Whether a case whose lower-cased words are {@code words} mentions the name, in any of its spellings. */
    boolean named(String name, Set<String> words) {
        Set<String> spellings = aliases.get(name);
        if (spellings == null) return words.contains(name);
        for (String s : spellings) {
            if (words.contains(s)) return true;
            for (String w : words) if (Spellings.near(s, w)) return true;
        }
        return false;
    }

    /** Lower-cased words of a text, for finding a name of one text among the words of another. */
    static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    static Analyzer analyzer() {
        return new EnglishAnalyzer();
    }

    static <T> List<T> shared(Set<T> a, Set<T> b) {
        return a.stream().filter(b::contains).toList();
    }
}
