package org.menagerie.check;

import java.util.List;

/**
 * Where candidate cases for a query come from: a keyword index and a vector index over the same cases. The matcher
 * re-ranks what a source proposes; the in-memory source serves benchmarks and small catalogs, a workspace's
 * persistent index serves the product.
 */
public interface CandidateSource {
    /**
     * The union of the {@code k} best cases by BM25 and the {@code k} best by cosine, each with both scores.
     *
     * @param text the query as the user wrote it (cleaned by the caller)
     * @param queryVector the query's unit vector from the source's embedding model
     */
    List<Candidate> candidates(String text, float[] queryVector, int k);

    /** How many cases the source holds. */
    int size();
}
