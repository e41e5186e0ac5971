package org.menagerie.archive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.menagerie.watch.ArticleStore;
import org.menagerie.watch.StoredArticle;

/**
 * Keeps an article index in step with the store. Articles are only ever added (their story is set when they are
 * stored), so the index's position is the newest article id its last commit holds: a catch-up reads the articles
 * after it in batches and commits every {@value #COMMIT_EVERY} and at the end, so a crash loses at most what came
 * after the last commit, which the next catch-up writes again (by id, so twice is harmless). The one later change is
 * retention dropping texts: articles read before the cutoff are written again from the store with their title only,
 * whether or not the store's daily drop has run yet.
 */
final class ArchiveSync {
    static final int BATCH = 500;
    static final int COMMIT_EVERY = 10_000;

    private ArchiveSync() {}

    /** Writes the articles the index has not seen; returns how many. */
    static long catchUp(ArticleIndex index, ArticleStore store, Instant textCutoff) {
        long last = index.lastId(), written = 0, uncommitted = 0;
        while (true) {
            List<StoredArticle> batch = store.after(last, BATCH);
            if (batch.isEmpty()) break;
            List<ArchivedArticle> docs = new ArrayList<>(batch.size());
            for (StoredArticle a : batch) docs.add(kept(ArchivedArticle.of(a), textCutoff));
            index.write(docs);
            last = batch.get(batch.size() - 1).id();
            written += docs.size();
            uncommitted += docs.size();
            if (uncommitted >= COMMIT_EVERY) {
                index.commit(last);
                uncommitted = 0;
            }
        }
        if (uncommitted > 0) index.commit(last);
        return written;
    }

    /** Writes again, title only, the indexed articles read before {@code cutoff}; returns how many. */
    static long dropTexts(ArticleIndex index, ArticleStore store, Instant cutoff) {
        long dropped = 0;
        while (true) {
            List<Long> ids = index.textBefore(cutoff, BATCH);
            if (ids.isEmpty()) break;
            List<ArchivedArticle> docs = new ArrayList<>(ids.size());
            for (long id : ids) store.get(id).ifPresent(a -> docs.add(ArchivedArticle.of(a).withoutText()));
            if (docs.isEmpty()) break;
            index.write(docs);
            index.commit(index.lastId());
            dropped += docs.size();
        }
        return dropped;
    }

    private static ArchivedArticle kept(ArchivedArticle a, Instant cutoff) {
        return cutoff != null && a.fetched().isBefore(cutoff) ? a.withoutText() : a;
    }
}
