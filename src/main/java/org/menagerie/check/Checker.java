package org.menagerie.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Check;
import org.menagerie.embedding.Embedder;
import org.menagerie.embedding.TextVectors;
import org.menagerie.extract.Article;
import org.menagerie.extract.Extract;
import org.menagerie.ingest.Fetcher;
import org.menagerie.text.CheckWorthiness;
import org.menagerie.text.Sentence;
import org.menagerie.text.Sentences;

/**
 * The front door of checking: a text, a page or a link in, a {@link Report} out. {@link #check(Inputs.Read)} shows
 * the pipeline in order: the article's text, its language, its sentences, their check-worthiness, and for the
 * check-worthy ones the known cases they match. Each stage is bounded, so one check costs at most
 * {@link #MAX_SENTENCES} scored sentences and {@link #MAX_CLAIMS} matched ones whatever the input.
 *
 * <p>One checker serves many checks; building it embeds the catalog's cases not yet in the vector file.
 */
public final class Checker {
    /** Languages the pipeline reads: sentence rules, check-worthiness cues and matching exist for these. */
    public static final Set<String> LANGUAGES = Set.of("en", "ro", "ru", "uk");
    /** Characters of text read at most (about 30,000 words); an 8 MB input is cut here before any analysis. */
    public static final int MAX_CHARS = 200_000;
    /** Sentences scored for check-worthiness at most; the rest of a very long text is not read. */
    public static final int MAX_SENTENCES = 1_000;
    /** Check-worthy sentences matched at most, the most check-worthy first. */
    public static final int MAX_CLAIMS = 100;
    /** A "sentence" longer than this is a list, a table or junk, not a claim. */
    static final int MAX_SENTENCE_CHARS = 1_000;
    /** Candidates considered per claim. */
    static final int TOP = 3;

    private final Matcher matcher;
    private final Embedder embedder;
    private final Embedder second;
    private final Map<String, Case> cases;
    private final CheckWorthiness worthiness;
    private final Confidence confidence;
    /** A query vector that finds nothing, for the keyword-only look-up before embedding. */
    private final float[] noVector;

    Checker(Matcher matcher, Embedder embedder, Embedder second, Map<String, Case> cases, CheckWorthiness worthiness,
            Confidence confidence) {
        this.matcher = Check.notNull(matcher, "matcher");
        this.embedder = Check.notNull(embedder, "embedder");
        this.second = second;
        this.cases = Map.copyOf(Check.notNull(cases, "cases"));
        this.worthiness = Check.notNull(worthiness, "worthiness");
        this.confidence = Check.notNull(confidence, "confidence");
        this.noVector = new float[embedder.dimension()];
    }

    /**
     * A checker over {@code cases}, their vectors read from (and new ones appended to) {@code vectorDir}.
     *
     * @param progress told how many cases were embedded so far while new ones are (may be null)
     */
    public static Checker over(List<Case> cases, Path vectorDir, IntConsumer progress) {
        return CheckerBuilder.build(cases, new TextVectors(vectorDir), progress);
    }

    /** Checks scraped or typed text (page chrome, if any, is dropped). */
    public Report check(String text) {
        return check(new Inputs.Read(Extract.text(Check.notNull(text, "text")), "text", null));
    }

    /** Checks an HTML page; {@code url} may be null. */
    public Report checkHtml(String html, String url) {
        return check(new Inputs.Read(Extract.html(Check.notNull(html, "html"), url), "html", url));
    }

    /** Fetches a page through {@code fetcher} (its address policy and limits) and checks it. */
    public Report checkUrl(String url, Fetcher fetcher) {
        return check(Inputs.url(Check.notBlank(url, "url"), Check.notNull(fetcher, "fetcher")));
    }

    /** The pipeline. Throws {@link CheckException} when nothing in the input can be checked. */
    public Report check(Inputs.Read input) {
        long start = System.nanoTime();
        Article article = input.article();
        List<Report.Note> notes = new ArrayList<>();
        String text = Stages.capped(Stages.text(article), notes);
        String language = Stages.language(text, article.language());
        List<Sentence> sentences = Sentences.split(text, language);
        List<Stages.Scored> scored = Stages.worthiness(worthiness, sentences, language, notes);
        List<Stages.Scored> worthy = Stages.mostWorthy(scored, MAX_CLAIMS, notes);
        List<Report.Claim> claims = match(worthy);
        notes.addAll(Stages.languageNotes(language));
        Report.Source source = new Report.Source(input.kind(), input.location(), article.title(), article.published(), language);
        Report.Counts counts = new Report.Counts(text.length(), sentences.size(), scored.size(),
                (int) scored.stream().filter(Stages.Scored::checkWorthy).count(),
                (int) claims.stream().filter(c -> !c.matches().isEmpty()).count());
        return new Report(Report.VERSION, source, counts, claims, info(), notes, (System.nanoTime() - start) / 1_000_000);
    }

    /** How many cases the checker matches against. */
    public int cases() {
        return cases.size();
    }

    public Report.MatcherInfo info() {
        return new Report.MatcherInfo(cases.size(), embedder.name(), confidence.threshold(), confidence.describe());
    }

    /**
     * Matches the check-worthy sentences. Embedding is the dearest step, so a sentence whose keyword candidates share
     * too few words with every case for any match to reach the threshold (see {@link Confidence#possible}) is not
     * embedded: it gets no match and no nearest case.
     */
    private List<Report.Claim> match(List<Stages.Scored> worthy) {
        List<Stages.Scored> possible = new ArrayList<>();
        for (Stages.Scored s : worthy) {
            if (confidence.possible(matcher.score(s.sentence().text(), noVector, null))) possible.add(s);
        }
        List<String> clean = possible.stream().map(s -> QueryText.clean(s.sentence().text())).toList();
        List<float[]> vectors = clean.isEmpty() ? List.of() : embedder.queries(clean);
        List<float[]> seconds = second == null || clean.isEmpty() ? null : second.queries(clean);
        Map<Stages.Scored, Report.Claim> matched = new HashMap<>();
        for (int i = 0; i < possible.size(); i++) {
            matched.put(possible.get(i), claim(possible.get(i), vectors.get(i), seconds == null ? null : seconds.get(i)));
        }
        return worthy.stream().map(s -> matched.getOrDefault(s,
                new Report.Claim(s.index(), s.sentence().text(), s.score(), List.of(), null))).toList();
    }

    private Report.Claim claim(Stages.Scored s, float[] vector, float[] secondVector) {
        List<Match> found = matcher.match(s.sentence().text(), vector, secondVector, TOP);
        Map<String, Double> evidence = Confidence.evidence(matcher.score(s.sentence().text(), vector, secondVector));
        List<Report.CaseMatch> matches = new ArrayList<>();
        Report.CaseMatch nearest = null;
        for (Match m : found) {
            Report.CaseMatch cm = caseMatch(m, evidence.getOrDefault(m.caseId(), 0.0));
            if (cm.claimed()) matches.add(cm);
            else if (nearest == null) nearest = cm;
        }
        return new Report.Claim(s.index(), s.sentence().text(), s.score(), matches, matches.isEmpty() ? nearest : null);
    }

    private Report.CaseMatch caseMatch(Match m, double evidence) {
        Case c = cases.get(m.caseId());
        double p = confidence.of(m, evidence);
        return new Report.CaseMatch(c.id(), c.title(), c.claim(), c.verdict() == null ? null : c.verdict().name(),
                c.reviewUrl(), m.score(), p, p >= confidence.threshold(), Report.Why.of(m.reasons()));
    }

    /** For building: the cases by id. */
    static Map<String, Case> byId(List<Case> cases) {
        Map<String, Case> byId = new HashMap<>();
        for (Case c : cases) byId.put(c.id(), c);
        return byId;
    }
}
