package org.menagerie.check;

import java.util.List;
import org.menagerie.catalog.Check;

/**
 * What checking one text found: its check-worthy claims, each with the known cases it matches and why. The JSON form
 * ({@link ReportJson}) is a public contract, documented field by field in {@code docs/check-report.md}; a change that
 * breaks a reader raises {@link #VERSION}.
 *
 * @param version the report format, {@link #VERSION}
 * @param source what was checked
 * @param counts how much of the text was read and scored
 * @param claims the check-worthy sentences, in text order
 * @param matcher how matches were decided
 * @param notes what limited the check (input cut short, sentences not scored, weak language support), for a reader;
 *              each is written in JSON as its English text
 * @param millis how long the check took, extraction to report
 */
public record Report(int version, Source source, Counts counts, List<Claim> claims, MatcherInfo matcher,
                     List<Note> notes, long millis) {
    public static final int VERSION = 1;
    /**
     * The confidence below which a nearest case is no hint worth a reader's time: below it the case shares little more
     * than a topic with the sentence.
     */
    public static final double NEAREST_FLOOR = 0.3;

    public Report {
        if (version != VERSION) throw new IllegalArgumentException("version must be " + VERSION + ": " + version);
        Check.notNull(source, "source");
        Check.notNull(counts, "counts");
        claims = Check.list(claims, "claims");
        Check.notNull(matcher, "matcher");
        notes = Check.list(notes, "notes");
    }

    /**
     * What limited a check, as a message key with arguments (for a page in its reader's language) and in English.
     *
     * @param key the message key, e.g. "check.note.capped"
     * @param args its arguments, in order
     * @param text the note in English, as the JSON report and the command line give it
     */
    public record Note(String key, List<String> args, String text) {
        public Note {
            Check.notBlank(key, "key");
            args = Check.list(args, "args");
            Check.notBlank(text, "text");
        }

        static Note of(String key, String text, Object... args) {
            return new Note(key, java.util.Arrays.stream(args).map(String::valueOf).toList(), text);
        }

        @com.fasterxml.jackson.annotation.JsonValue
        @Override
        public String text() {
            return text;
        }
    }

    /** The claims that have at least one match claimed. */
    public List<Claim> matched() {
        return claims.stream().filter(c -> !c.matches().isEmpty()).toList();
    }

    /**
     * @param kind "text", "html", "file" or "url"
     * @param location the URL after redirects or the file name, or null
     * @param title the headline, or null
     * @param published the publication date the page gives, ISO-8601, or null
     * @param language the language identified from the text, ISO 639-1
     */
    public record Source(String kind, String location, String title, String published, String language) {
        public Source {
            Check.notBlank(kind, "kind");
            Check.language(language, "language");
        }
    }

    /**
     * @param characters characters of text read (title, lead and body)
     * @param sentences sentences found
     * @param scored sentences scored for check-worthiness (fewer than found when the text is very long)
     * @param checkWorthy sentences at or above the check-worthiness threshold
     * @param matched claims with at least one match claimed
     */
    public record Counts(int characters, int sentences, int scored, int checkWorthy, int matched) {}

    /**
     * A check-worthy sentence.
     *
     * @param index the sentence's position among the text's sentences, from 0
     * @param sentence the sentence as written
     * @param checkWorthiness its check-worthiness score in [0, 1]
     * @param matches the cases matched with enough confidence, best first; empty when none is
     * @param nearest when nothing is matched, the closest case below the threshold, for the curious; else null
     */
    public record Claim(int index, String sentence, double checkWorthiness, List<CaseMatch> matches, CaseMatch nearest) {
        public Claim {
            Check.notBlank(sentence, "sentence");
            matches = Check.list(matches, "matches");
        }

        /** The nearest case when it is worth showing: no match, a confidence at or above {@link #NEAREST_FLOOR}, and a
         *  sentence that makes a claim of its own rather than reporting on one. */
        public CaseMatch nearestHint() {
            return nearest != null && matches.isEmpty() && nearest.confidence() >= NEAREST_FLOOR && !reporting() ? nearest : null;
        }

        /** Whether the sentence reports on a statement or a situation ({@link Reporting}) instead of making the claim. */
        public boolean reporting() {
            return Reporting.reports(sentence);
        }
    }

    /**
     * A known case proposed for a claim.
     *
     * @param caseId the case's id
     * @param title the case's title
     * @param claim the claim the case debunks
     * @param verdict the case's verdict, e.g. FALSE, MISLEADING
     * @param reviewUrl the debunk's address, or null
     * @param score the re-ranker's raw score (comparable within one claim only)
     * @param confidence the probability that the case is a true match, in [0, 1]
     * @param claimed whether the confidence reaches the threshold, that is, whether the match is asserted
     * @param why what the sentence and the case share
     */
    public record CaseMatch(String caseId, String title, String claim, String verdict, String reviewUrl, double score,
                            double confidence, boolean claimed, Why why) {
        public CaseMatch {
            Check.notBlank(caseId, "caseId");
            Check.notNull(why, "why");
        }
    }

    /**
     * Why a case was proposed, in terms a fact-checker can verify at a glance.
     *
     * @param names names both mention (lower-cased)
     * @param numbers numbers both contain
     * @param terms the rarest words both share, as the sentence writes them
     * @param similarity the cosine between the sentence's and the case's vectors (semantic similarity)
     * @param translated when the sentence was matched through its English rendering: its words that carried the
     *     match, each with the English words of the case it was rendered as
     * @param summary all of the above in one line
     */
    public record Why(List<String> names, List<String> numbers, List<String> terms, double similarity,
                      List<org.menagerie.translate.Bridge> translated, String summary) {
        public Why {
            names = Check.list(names, "names");
            numbers = Check.list(numbers, "numbers");
            terms = Check.list(terms, "terms");
            translated = Check.list(translated, "translated");
        }

        /** A reason without translated words: the sentence was matched as written. */
        public Why(List<String> names, List<String> numbers, List<String> terms, double similarity, String summary) {
            this(names, numbers, terms, similarity, List.of(), summary);
        }

        static Why of(Reasons r) {
            return new Why(r.names(), r.numbers(), r.terms(), r.similarity(), r.translated(), r.describe());
        }
    }

    /**
     * @param cases cases in the catalog the text was matched against
     * @param embedding the embedding model of the vectors
     * @param threshold the confidence at or above which a match is claimed
     * @param calibration how the confidence was obtained
     */
    public record MatcherInfo(int cases, String embedding, double threshold, String calibration) {}
}
