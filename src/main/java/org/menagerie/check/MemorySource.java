package org.menagerie.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Check;

/**
 * A candidate source held in memory over a fixed collection: a Lucene BM25 index (English analysis) and a matrix of
 * case vectors, for evaluating and training the matcher on a benchmark's collection.
 */
public final class MemorySource implements CandidateSource {
    /** BM25 scores are looked up this deep, so that most vector candidates get their keyword score too. */
    static final int KEYWORD_DEPTH = 200;
    private final List<Case> cases;
    private final Map<String, Case> byId = new HashMap<>();
    private final Bm25Index keywords;
    private final VectorMatrix vectors;
    private final Map<String, Long> df = new HashMap<>();

    /** @param vectors one unit vector per case, in the same order, from the model that embeds the queries */
    public MemorySource(List<Case> cases, float[][] vectors) {
        this.cases = List.copyOf(Check.notNull(cases, "cases"));
        Check.notNull(vectors, "vectors");
        if (vectors.length != cases.size()) throw new IllegalArgumentException("vectors: " + vectors.length + " for " + cases.size() + " cases");
        this.keywords = new Bm25Index(this.cases);
        this.vectors = new VectorMatrix(vectors);
        var analyzer = Cues.analyzer();
        for (Case c : this.cases) {
            if (byId.put(c.id(), c) != null) throw new IllegalArgumentException("cases: the id " + c.id() + " appears twice");
            for (String t : Cues.of(analyzer, CaseText.passage(c)).terms()) df.merge(t, 1L, Long::sum);
        }
    }

    @Override
    public List<Candidate> candidates(String text, String language, float[] queryVector, int k) {
        if (k < 1) throw new IllegalArgumentException("k must be 1 or more: " + k);
        Map<Integer, Double> bm25 = keywords.search(text, Math.max(k, KEYWORD_DEPTH));
        float[] cos = queryVector == null ? new float[cases.size()] : vectors.dots(queryVector);
        Set<Integer> pool = new LinkedHashSet<>();
        if (queryVector != null) for (int row : VectorMatrix.top(cos, k)) pool.add(row);
        bm25.entrySet().stream().sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()).limit(k)
                .forEach(e -> pool.add(e.getKey()));
        List<Candidate> out = new ArrayList<>(pool.size());
        for (int row : pool) out.add(new Candidate(cases.get(row).id(), bm25.getOrDefault(row, 0.0), cos[row]));
        return out;
    }

    /** As {@link #candidates(String, String, float[], int)} for English. */
    public List<Candidate> candidates(String text, float[] queryVector, int k) {
        return candidates(text, null, queryVector, k);
    }

    @Override
    public Optional<Case> get(String caseId) {
        return Optional.ofNullable(byId.get(caseId));
    }

    @Override
    public Map<String, Long> documentFrequencies(Collection<String> terms) {
        Map<String, Long> out = new HashMap<>();
        out.put("", (long) cases.size());
        for (String t : terms) out.put(t, df.getOrDefault(t, 0L));
        return out;
    }

    @Override
    public int size() {
        return cases.size();
    }
}
