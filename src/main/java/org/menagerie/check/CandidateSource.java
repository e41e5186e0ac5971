package org.menagerie.check;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.menagerie.catalog.Case;

/**
 * Where candidate cases for a query come from: a keyword index and a vector index over the same cases, and the cases
 * themselves. The matcher re-ranks what a source proposes; the workspace's search index ({@link IndexSource}) serves
 * the product, the in-memory source ({@link MemorySource}) serves evaluation and training over a given collection.
 */
public interface CandidateSource {
    /**
     * The union of the {@code k} best cases by BM25 and the {@code k} best by cosine, each with both scores.
     *
     * @param text the query as the user wrote it (cleaned by the caller)
     * @param language the query's ISO 639-1 language, which chooses the keyword analysis; null for English
     * @param queryVector the query's unit vector from the source's embedding model, or null for keywords only
     */
    List<Candidate> candidates(String text, String language, float[] queryVector, int k);

    /** The case a candidate names, as the source knows it now. */
    Optional<Case> get(String caseId);

    /**
     * How many cases have each term (English analysis of claim, title and summary, whatever the case's language),
     * and under the key "" how many cases there are: the rarity that matching weighs shared words by.
     */
    Map<String, Long> documentFrequencies(Collection<String> terms);

    /** How many cases the source holds. */
    int size();

    /** Brings the source up to date with the catalog, if it follows one. */
    default void refresh() {}
}
