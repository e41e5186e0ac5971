package org.menagerie.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Check;
import org.menagerie.embedding.Embedder;

/** A second embedding model's vectors for the same cases, consulted only for the candidates a source proposed. */
public final class SecondOpinion {
    private final Embedder embedder;
    private final VectorMatrix vectors;
    private final Map<String, Integer> rows = new HashMap<>();

    public SecondOpinion(Embedder embedder, List<Case> cases, float[][] caseVectors) {
        this.embedder = Check.notNull(embedder, "embedder");
        if (caseVectors.length != cases.size()) throw new IllegalArgumentException("caseVectors: " + caseVectors.length + " for " + cases.size() + " cases");
        this.vectors = new VectorMatrix(caseVectors);
        for (int i = 0; i < cases.size(); i++) rows.put(cases.get(i).id(), i);
    }

    public Embedder embedder() {
        return embedder;
    }

    double[] cosines(float[] queryVector, List<Candidate> pool) {
        double[] out = new double[pool.size()];
        for (int i = 0; i < out.length; i++) {
            Integer row = rows.get(pool.get(i).caseId());
            out[i] = row == null ? 0 : vectors.dot(row, queryVector);
        }
        return out;
    }
}
