package org.menagerie.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Check;
import org.menagerie.embedding.Embedder;
import org.menagerie.translate.Bridge;
import org.menagerie.translate.Rendering;
import org.menagerie.translate.Spellings;
import org.menagerie.translate.Translator;

/**
 * Matches a check-worthy sentence against known cases: candidates from a {@link CandidateSource}, re-ranked by the
 * trained {@link MatcherModel}, each with a calibrated confidence and its {@link Reasons}.
 */
public final class Matcher {
    /** How many candidates each first stage contributes to the pool the re-ranker sees. */
    public static final int POOL = 20;
    private final CaseProfiles profiles;
    private final CandidateSource source;
    private final Embedder embedder;
    private final SecondOpinion second;
    private final MatcherModel model;
    /** Renders Romanian, Russian and Ukrainian queries in English words; null: every query is matched as written. */
    private final Translator translator;

    /**
     * @param cases the source's cases (kept for callers of the first version; the source now answers for its cases)
     * @param second a second embedding model over the same cases, or null; the model says whether it wants one
     */
    public Matcher(List<Case> cases, CandidateSource source, Embedder embedder, SecondOpinion second, MatcherModel model) {
        this(source, embedder, second, model);
        Check.notNull(cases, "cases");
    }

    /** @param second a second embedding model over the same cases, or null; the model says whether it wants one */
    public Matcher(CandidateSource source, Embedder embedder, SecondOpinion second, MatcherModel model) {
        this.source = Check.notNull(source, "source");
        this.profiles = new CaseProfiles(source, Cues.analyzer());
        this.embedder = Check.notNull(embedder, "embedder");
        this.model = Check.notNull(model, "model");
        if (model.secondModel() != null && (second == null || !second.embedder().name().equals(model.secondModel()))) {
            throw new IllegalArgumentException("second: the model expects vectors from " + model.secondModel());
        }
        this.second = model.secondModel() == null ? null : second;
        this.translator = null;
    }

    /**
     * The same matcher, also matching a query in a language the translator knows against English cases, through its
     * English rendering (see {@link #score(String, String, float[], float[], float[])}).
     */
    public Matcher translating(Translator translator) {
        return new Matcher(this, model, Check.notNull(translator, "translator"));
    }

    /** The query's English rendering, or null when it is matched as written only. */
    Rendering rendering(String text, String language) {
        return translator == null || !translator.translates(language) ? null : translator.render(QueryText.clean(text), language);
    }

    /**
     * What to embed for a query: its cleaned text, and then, when it is translated, its English rendering (e5 reads
     * English: the first vector finds cases in the query's own language, the second English ones).
     */
    public List<String> embeddingTexts(String text, String language) {
        String clean = QueryText.clean(Check.notNull(text, "text"));
        Rendering r = rendering(text, language);
        return r == null ? List.of(clean) : List.of(clean, r.sentence());
    }

    /** As {@link #match(String, int)} for a text in {@code language} (ISO 639-1; null for English). */
    public List<Match> match(String text, String language, int top) {
        if (second != null) throw new IllegalStateException("a matcher with a second model matches English only");
        List<float[]> v = embedder.queries(embeddingTexts(text, language));
        return ranked(text, score(text, language, v.get(0), v.size() > 1 ? v.get(1) : null, null), top);
    }

    /** The {@code top} best cases for a text, best first; those below the model's threshold are not {@code claimed}. */
    public List<Match> match(String text, int top) {
        float[][] v = queryVectors(text);
        return match(text, v[0], v[1], top);
    }

    /** The query's first and second model vectors (the second null when the model uses none), from the cleaned text. */
    float[][] queryVectors(String text) {
        String clean = QueryText.clean(Check.notNull(text, "text"));
        return new float[][] {embedder.query(clean), second == null ? null : second.embedder().query(clean)};
    }

    /** As {@link #match(String, int)}, with the query's vectors already computed (from the cleaned text). */
    public List<Match> match(String text, float[] queryVector, float[] secondVector, int top) {
        return match(text, null, queryVector, secondVector, top);
    }

    /**
     * As {@link #match(String, float[], float[], int)} for a text in {@code language} (ISO 639-1; null for English),
     * which chooses the keyword analysis the candidates are found with.
     */
    public List<Match> match(String text, String language, float[] queryVector, float[] secondVector, int top) {
        if (top < 1) throw new IllegalArgumentException("top must be 1 or more: " + top);
        return ranked(text, score(text, language, queryVector, null, secondVector), top);
    }

    /** The {@code top} best of a scored pool, best first. */
    List<Match> ranked(String text, Scored s, int top) {
        Integer[] order = new Integer[s.pool.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -s.scores[i]).thenComparing(i -> s.pool.get(i).caseId()));
        List<Match> out = new ArrayList<>();
        java.util.Map<String, String> stems = stems(text);
        for (int r = 0; r < Math.min(top, order.length); r++) {
            int i = order[r];
            double conf = model.confidence(s.scores[i]);
            Candidate c = s.pool.get(i);
            Reasons why = reasons(s.query, stems, c, s.profiles.get(i), s.rarity);
            if (s.rendering != null) {
                why = new Reasons(why.names(), why.numbers(), why.terms(), why.similarity(), translated(s.rendering, s.profiles.get(i)));
            }
            out.add(new Match(c.caseId(), s.scores[i], conf, conf >= model.threshold(), why));
        }
        return out;
    }

    /** How many cases the matcher searches. */
    public int size() {
        return source.size();
    }

    /** Only the matches the model asserts. */
    public List<Match> claimed(String text, int top) {
        return match(text, top).stream().filter(Match::claimed).toList();
    }

    public String secondModelName() {
        return second == null ? null : second.embedder().name();
    }

    /** The same matcher with another model, for evaluating a freshly trained one over the same collection. */
    public Matcher withModel(MatcherModel other) {
        return new Matcher(this, other, translator);
    }

    private Matcher(Matcher base, MatcherModel model, Translator translator) {
        this.profiles = base.profiles;
        this.source = base.source;
        this.embedder = base.embedder;
        this.second = base.second;
        this.model = Check.notNull(model, "model");
        this.translator = translator;
    }

    /** Brings the candidate source up to date with the catalog (see {@link CandidateSource#refresh()}). */
    public void refresh() {
        source.refresh();
    }

    /** The case a match names. */
    public Case caseOf(String caseId) {
        return profiles.caseOf(caseId);
    }

    public record Scored(Cues query, List<Candidate> pool, List<CaseProfiles.Profile> profiles, CaseProfiles.Rarity rarity,
                  double[][] features, double[] scores, Rendering rendering) {}

    public Scored score(String text, String language, float[] queryVector, float[] secondVector) {
        return score(text, language, queryVector, null, secondVector);
    }

    /**
     * Scores the candidates of a query. A query the translator renders in English is looked for twice, as written (its
     * language's analysis, its own vector) and as rendered (English analysis of the glosses and names, the rendering's
     * vector); a case found both ways keeps the better of each score, and the query's cues join both readings.
     *
     * @param englishVector the rendering's vector ({@link #embeddingTexts}), or null
     */
    public Scored score(String text, String language, float[] queryVector, float[] englishVector, float[] secondVector) {
        Rendering rendering = rendering(text, language);
        Cues query = rendering == null ? Cues.of(profiles.analyzer(), text) : Cues.of(profiles.analyzer(), text, rendering);
        List<Candidate> found = source.candidates(QueryText.clean(text), language, queryVector, POOL);
        if (rendering != null) found = union(found, source.candidates(rendering.keywords(), "en", englishVector, POOL));
        List<Candidate> pool = new ArrayList<>();
        List<CaseProfiles.Profile> known = new ArrayList<>();
        for (Candidate c : found) {
            CaseProfiles.Profile p = profiles.get(c.caseId(), c.stamp());
            if (p == null) continue;
            pool.add(c);
            known.add(p);
        }
        CaseProfiles.Rarity rarity = profiles.rarity(query, known);
        double[] cos2 = second == null || secondVector == null ? null : second.cosines(secondVector, pool);
        double[][] x = Features.of(query, pool, known, cos2, rarity);
        double[] scores = new double[x.length];
        for (int i = 0; i < x.length; i++) scores[i] = model.score(x[i]);
        return new Scored(query, pool, known, rarity, x, scores, rendering);
    }

    /** Both readings' candidates, once each, with the better keyword score and the better cosine. */
    private static List<Candidate> union(List<Candidate> a, List<Candidate> b) {
        java.util.Map<String, Candidate> byId = new java.util.LinkedHashMap<>();
        for (Candidate c : a) byId.put(c.caseId(), c);
        for (Candidate c : b) {
            byId.merge(c.caseId(), c, (x, y) -> new Candidate(x.caseId(), Math.max(x.bm25(), y.bm25()), Math.max(x.cosine(), y.cosine()), y.stamp()));
        }
        return List.copyOf(byId.values());
    }

    /**
     * The words of the query that carried a match through its rendering: those whose English (a gloss's stem, or a
     * name's spelling) the case contains, each with the English it matched, at most eight.
     */
    private List<Bridge> translated(Rendering rendering, CaseProfiles.Profile p) {
        List<Bridge> out = new ArrayList<>();
        for (Bridge b : rendering.bridges()) {
            List<String> hit = b.english().stream().filter(e -> containsEnglish(p, e)).limit(2).toList();
            if (!hit.isEmpty() && out.stream().noneMatch(x -> x.source().equalsIgnoreCase(b.source()))) out.add(new Bridge(b.source(), hit));
            if (out.size() == 8) break;
        }
        return out;
    }

    private boolean containsEnglish(CaseProfiles.Profile p, String english) {
        String lower = english.toLowerCase(java.util.Locale.ROOT);
        // "на = in", "для = for": a shared function word carries nothing
        if (Terms.analyzed(profiles.analyzer(), english).isEmpty()) return false;
        if (p.words().contains(lower) || p.words().stream().anyMatch(w -> Spellings.near(lower, w))) return true;
        List<String> stems = Terms.analyzed(profiles.analyzer(), english);
        return !stems.isEmpty() && p.cues().terms().containsAll(stems);
    }

    /** Each distinct word of the query with its stem, analysed once per query rather than once per candidate. */
    private java.util.Map<String, String> stems(String text) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String word : QueryText.clean(text).split("[^\\p{L}\\p{N}'’-]+")) {
            if (word.isEmpty() || out.containsKey(word)) continue;
            List<String> analysed = Terms.analyzed(profiles.analyzer(), word);
            if (analysed.size() == 1) out.put(word, analysed.get(0));
        }
        return out;
    }

    private Reasons reasons(Cues query, java.util.Map<String, String> stems, Candidate c, CaseProfiles.Profile p,
                            CaseProfiles.Rarity rarity) {
        List<String> names = query.names().stream().filter(n -> query.named(n, p.words())).toList();
        List<String> numbers = query.numbers().stream().filter(p.cues().numbers()::contains).toList();
        List<String> terms = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        double minIdf = 0.4 * Math.log(1 + rarity.size());
        for (var e : stems.entrySet()) {
            String word = e.getKey(), stem = e.getValue();
            // common words ("can", "have", "more") explain nothing: keep terms in the rarer part of the vocabulary
            if (query.terms().contains(stem) && p.cues().terms().contains(stem) && rarity.idf(stem) >= minIdf && seen.add(stem)
                    && !names.contains(word.toLowerCase(java.util.Locale.ROOT)) && !numbers.contains(word)) {
                terms.add(word);
            }
        }
        terms.sort(Comparator.comparingDouble((String w) -> -rarity.idf(stems.get(w))));
        return new Reasons(names, numbers, terms.subList(0, Math.min(5, terms.size())), c.cosine());
    }
}
