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
        return ranked(text, score(text, language, queryVector, secondVector), top);
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
            out.add(new Match(c.caseId(), s.scores[i], conf, conf >= model.threshold(),
                    reasons(s.query, stems, c, s.profiles.get(i), s.rarity)));
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
        return new Matcher(this, other);
    }

    private Matcher(Matcher base, MatcherModel model) {
        this.profiles = base.profiles;
        this.source = base.source;
        this.embedder = base.embedder;
        this.second = base.second;
        this.model = Check.notNull(model, "model");
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
                  double[][] features, double[] scores) {}

    public Scored score(String text, String language, float[] queryVector, float[] secondVector) {
        Cues query = Cues.of(profiles.analyzer(), text);
        List<Candidate> pool = new ArrayList<>();
        List<CaseProfiles.Profile> known = new ArrayList<>();
        for (Candidate c : source.candidates(QueryText.clean(text), language, queryVector, POOL)) {
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
        return new Scored(query, pool, known, rarity, x, scores);
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
        List<String> names = query.names().stream().filter(p.words()::contains).toList();
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
