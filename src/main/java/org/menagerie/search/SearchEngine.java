package org.menagerie.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.menagerie.catalog.Case;
import org.menagerie.search.SearchResult.Hit;

/**
 * The engine behind {@link Search}: where case documents live and how they are searched. The embedded Lucene index
 * and SolrCloud implement it; {@link Search} keeps either in step with the store and embeds cases for it.
 *
 * <p>Implementations are thread-safe: searches run concurrently with each other and with writes.
 */
public interface SearchEngine extends AutoCloseable {
    /**
     * A case to write.
     *
     * @param vector its unit vector, or null when vectors are off
     * @param vectorKey identifies the text and model the vector was made from (null with no vector)
     * @param stamp the store sequence the document reflects
     */
    record Entry(Case value, float[] vector, String vectorKey, long stamp) {
        public Entry {
            if (value == null) throw new IllegalArgumentException("value must not be null");
            if (vector != null && vectorKey == null) throw new IllegalArgumentException("vectorKey must be set with a vector");
        }
    }

    /** A vector kept in the engine with the key of the text and model it was made from. */
    record StoredVector(String key, float[] vector) {}

    /** The store sequence number the engine's last commit reflects; 0 when empty. */
    long lastSeq();

    /** Whether the documents were written with the current layout (an empty engine always is). */
    boolean currentSchema();

    /**
     * Replaces {@code put} (by case id), removes the cases in {@code delete}, and makes both durable and visible
     * together with {@code seq}, so that a restart resumes after it.
     */
    default void apply(List<Entry> put, Collection<String> delete, long seq) {
        write(put, delete);
        commit(seq);
    }

    /**
     * Replaces {@code put} and removes {@code delete} without committing: a crash before the next {@link #commit}
     * may lose them, and the catch-up after it writes them again (writing a case twice is harmless).
     */
    void write(List<Entry> put, Collection<String> delete);

    /** Makes what was written durable and visible together with the store sequence {@code seq}. */
    void commit(long seq);

    /** The stored vectors of those of {@code ids} that have one, so that unchanged cases are not embedded again. */
    Map<String, StoredVector> vectors(Collection<String> ids);

    /** Starts writing a complete new set of documents that replaces the current one on {@link Rebuild#finish}. */
    Rebuild rebuild();

    /** A rebuild in progress: searches see the old documents until it finishes. */
    interface Rebuild extends AutoCloseable {
        void add(List<Entry> entries);

        /** Replaces the current documents with the ones added, reflecting store sequence {@code seq}. */
        void finish(long seq);

        /** Drops what was added when the rebuild did not finish. */
        @Override
        void close();
    }

    /** {@code embed} turns the query into a vector, or is null when vectors are off. */
    SearchResult search(SearchRequest request, Supplier<float[]> embed);

    /** See {@link Search#claimCandidates}. */
    List<ClaimCandidate> claimCandidates(String text, String language, float[] vector, int k, int depth);

    /** See {@link Search#documentFrequencies}. */
    Map<String, Long> documentFrequencies(Collection<String> terms);

    /** How many published cases the engine holds. */
    long published();

    /** Up to {@code n} cases related to {@code caseId}, nearest first. */
    List<Hit> related(String caseId, int n);

    /** How many cases the engine holds. */
    long size();

    /** Whether the engine answers, and on how many of its nodes. */
    IndexHealth health();

    @Override
    void close();
}
