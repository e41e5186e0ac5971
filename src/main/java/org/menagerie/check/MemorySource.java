package org.menagerie.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Check;

/** A candidate source held in memory: a Lucene BM25 index and a matrix of case vectors, for the same cases. */
public final class MemorySource implements CandidateSource {
    /** BM25 scores are looked up this deep, so that most vector candidates get their keyword score too. */
    private static final int KEYWORD_DEPTH = 200;
    private final List<Case> cases;
    private final Bm25Index keywords;
    private final VectorMatrix vectors;

    /** @param vectors one unit vector per case, in the same order, from the model that embeds the queries */
    public MemorySource(List<Case> cases, float[][] vectors) {
        this.cases = List.copyOf(Check.notNull(cases, "cases"));
        Check.notNull(vectors, "vectors");
        if (vectors.length != cases.size()) throw new IllegalArgumentException("vectors: " + vectors.length + " for " + cases.size() + " cases");
        this.keywords = new Bm25Index(this.cases);
        this.vectors = new VectorMatrix(vectors);
    }

    @Override
    public List<Candidate> candidates(String text, float[] queryVector, int k) {
        if (k < 1) throw new IllegalArgumentException("k must be 1 or more: " + k);
        Map<Integer, Double> bm25 = keywords.search(text, Math.max(k, KEYWORD_DEPTH));
        float[] cos = vectors.dots(queryVector);
        Set<Integer> pool = new LinkedHashSet<>();
        for (int row : VectorMatrix.top(cos, k)) pool.add(row);
        bm25.entrySet().stream().sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()).limit(k)
                .forEach(e -> pool.add(e.getKey()));
        List<Candidate> out = new ArrayList<>(pool.size());
        for (int row : pool) out.add(new Candidate(cases.get(row).id(), bm25.getOrDefault(row, 0.0), cos[row]));
        return out;
    }

    @Override
    public int size() {
        return cases.size();
    }
}
