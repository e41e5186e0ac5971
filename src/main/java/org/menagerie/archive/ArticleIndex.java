package org.menagerie.archive;

import java.time.Instant;
import java.util.List;

/**
 * Where archived articles are indexed and searched: the embedded Lucene index or a SolrCloud collection, chosen by
 * the same {@code index=} setting as the case index. {@link Archive} keeps either in step with the store.
 *
 * <p>Implementations are thread-safe: searches run concurrently with each other and with writes.
 */
public interface ArticleIndex extends AutoCloseable {
    /** The id of the newest article the last commit reflects; 0 when empty. */
    long lastId();

    /**
     * Adds or replaces (by id) without committing: a crash before the next {@link #commit} may lose them, and the
     * catch-up after it writes them again.
     */
    void write(List<ArchivedArticle> articles);

    /** Makes what was written durable and visible together with the newest article id it reflects. */
    void commit(long lastId);

    /** One page of matches with facets; hits carry no other outlets (the archive adds them for the page shown). */
    ArchiveResult search(ArchiveQuery query);

    /** Up to {@code limit} ids of articles read before {@code cutoff} whose text the index still holds. */
    List<Long> textBefore(Instant cutoff, int limit);

    /** How many articles it holds. */
    long size();

    /** Bytes the index takes on disk (on every replica for a cluster), or -1 when it cannot tell. */
    long bytes();

    @Override
    void close();
}
