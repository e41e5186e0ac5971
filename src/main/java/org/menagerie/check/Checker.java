package org.menagerie.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseStore;
import org.menagerie.catalog.Check;
import org.menagerie.extract.Article;
import org.menagerie.extract.Extract;
import org.menagerie.ingest.Fetcher;
import org.menagerie.search.Search;
import org.menagerie.text.CheckWorthiness;
import org.menagerie.text.Sentence;
import org.menagerie.text.Sentences;

/**
 * The front door of checking: a text, a page or a link in, a {@link Report} out. {@link #check(Inputs.Read)} shows
 * the pipeline in order: the article's text, its language, its sentences, their check-worthiness, and for the
 * check-worthy ones the known cases they match. Each stage is bounded, so one check costs at most
 * {@link #MAX_SENTENCES} scored sentences and {@link #MAX_CLAIMS} matched ones whatever the input.
 *
 * <p>One checker serves many checks, concurrently; building it loads the models, not the catalog.
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
    private final ClaimVectors vectors;
    private final CheckWorthiness worthiness;
    private final Confidence confidence;

    /** @param vectors the query vectors check-worthiness and matching share within a check */
    Checker(Matcher matcher, ClaimVectors vectors, CheckWorthiness worthiness, Confidence confidence) {
        this.matcher = Check.notNull(matcher, "matcher");
        this.vectors = Check.notNull(vectors, "vectors");
        this.worthiness = Check.notNull(worthiness, "worthiness");
        this.confidence = Check.notNull(confidence, "confidence");
    }

    /**
     * A checker over the published cases of a workspace's search index: candidates come from the index (BM25 in each
     * language's analysis, kNN over the vectors embedded when the cases were indexed), the cases from the store. It
     * keeps no copy of the catalog; each check first lets the index catch up with the store.
     */
    public static Checker over(Search search, CaseStore store) {
        return CheckerBuilder.build(new IndexSource(search, store), search.embedder());
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
        return vectors.during(() -> checkNow(input));
    }

    private Report checkNow(Inputs.Read input) {
        long start = System.nanoTime();
        matcher.refresh();
        if (matcher.size() == 0) throw CheckException.badInput("the catalog has no published cases to match against");
        Article article = input.article();
        List<Report.Note> notes = new ArrayList<>();
        String text = Stages.capped(Stages.text(article), notes);
        String language = Stages.language(text, article.language());
        List<Sentence> sentences = Sentences.split(text, language);
        List<Stages.Scored> scored = Stages.worthiness(worthiness, sentences, language, notes);
        List<Stages.Scored> worthy = Stages.mostWorthy(scored, MAX_CLAIMS, notes);
        List<Report.Claim> claims = match(worthy, language);
        notes.addAll(Stages.languageNotes(language));
        Report.Source source = new Report.Source(input.kind(), input.location(), article.title(), article.published(), language);
        Report.Counts counts = new Report.Counts(text.length(), sentences.size(), scored.size(),
                (int) scored.stream().filter(Stages.Scored::checkWorthy).count(),
                (int) claims.stream().filter(c -> !c.matches().isEmpty()).count());
        return new Report(Report.VERSION, source, counts, claims, info(), notes, (System.nanoTime() - start) / 1_000_000);
    }

    /** How many cases the checker matches against. */
    public int cases() {
        return matcher.size();
    }

    public Report.MatcherInfo info() {
        return new Report.MatcherInfo(matcher.size(), vectors.name(), confidence.threshold(), confidence.describe());
    }

    /**
     * Matches the check-worthy sentences. Embedding is the dearest step, so a sentence whose keyword candidates share
     * too few words with every case for any match to reach the threshold (see {@link Confidence#possible}) is not
     * embedded: it gets no match and no nearest case.
     */
    private List<Report.Claim> match(List<Stages.Scored> worthy, String language) {
        List<Stages.Scored> possible = new ArrayList<>();
        for (Stages.Scored s : worthy) {
            if (confidence.possible(matcher.score(s.sentence().text(), language, null, null))) possible.add(s);
        }
        // a translated sentence is embedded twice, as written and as rendered in English (Matcher.embeddingTexts)
        List<List<String>> texts = possible.stream().map(s -> matcher.embeddingTexts(s.sentence().text(), language)).toList();
        List<float[]> flat = texts.isEmpty() ? List.of() : vectors.of(texts.stream().flatMap(List::stream).toList());
        Map<Stages.Scored, Report.Claim> matched = new HashMap<>();
        for (int i = 0, at = 0; i < possible.size(); at += texts.get(i).size(), i++) {
            float[] english = texts.get(i).size() > 1 ? flat.get(at + 1) : null;
            matched.put(possible.get(i), claim(possible.get(i), language, flat.get(at), english));
        }
        return worthy.stream().map(s -> matched.getOrDefault(s,
                new Report.Claim(s.index(), s.sentence().text(), s.score(), List.of(), null))).toList();
    }

    private Report.Claim claim(Stages.Scored s, String language, float[] vector, float[] englishVector) {
        Matcher.Scored scored = matcher.score(s.sentence().text(), language, vector, englishVector, null);
        List<Match> found = matcher.ranked(s.sentence().text(), scored, TOP);
        Map<String, Double> evidence = Confidence.evidence(scored);
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
        Case c = matcher.caseOf(m.caseId());
        double p = confidence.of(m, evidence);
        return new Report.CaseMatch(c.id(), c.title(), c.claim(), c.verdict() == null ? null : c.verdict().name(),
                c.reviewUrl(), m.score(), p, p >= confidence.threshold(), Report.Why.of(m.reasons()));
    }
}
