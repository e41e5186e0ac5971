package org.menagerie.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.apache.lucene.search.IndexSearcher;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseStore;

/**
 * Keeps the index in step with the store. {@link #catchUp} applies the store's changes since the sequence number of
 * the index's last commit in batches, committing with the sequence reached every {@value #COMMIT_EVERY} cases and at
 * the end: after a crash the index holds whole batches only, and the next catch-up redoes what came after the last
 * commit. Applying a change twice is harmless, since a case's document is replaced by id. Commits are not made per
 * batch because each writes a small segment whose vector graph merges rebuild, and refreshes the facet state.
 */
final class IndexSync {
    static final int BATCH = 500;
    static final int COMMIT_EVERY = 10_000;

    private final Vectors vectors;
    private final Consumer<Search.Indexing> progress;
    private final int commitEvery;

    IndexSync(Vectors vectors, Consumer<Search.Indexing> progress) {
        this(vectors, progress, COMMIT_EVERY);
    }

    IndexSync(Vectors vectors, Consumer<Search.Indexing> progress, int commitEvery) {
        if (commitEvery < 1) throw new IllegalArgumentException("commitEvery must be 1 or more: " + commitEvery);
        this.vectors = vectors;
        this.progress = progress == null ? p -> {} : progress;
        this.commitEvery = commitEvery;
    }

    /** Applies the changes the index has not seen; returns how many cases it updated or removed. */
    long catchUp(SearchIndex index, CaseStore store) throws IOException {
        long seq = index.lastSeq();
        long applied = 0, uncommitted = 0, start = System.nanoTime(), embeddedBefore = vectors.embedded();
        long pending = Math.max(0, store.lastSeq() - seq);
        while (true) {
            List<CaseStore.Change> changes = store.changesSince(seq, BATCH);
            if (changes.isEmpty()) {
                if (uncommitted > 0) index.commit(seq);
                if (applied > 0) progress.accept(new Search.Indexing(applied, applied, vectors.embedded() - embeddedBefore, System.nanoTime() - start, true));
                return applied;
            }
            Map<String, Long> ids = new LinkedHashMap<>();
            for (CaseStore.Change c : changes) ids.merge(c.caseId(), c.seq(), Math::max);
            List<Case> present = new ArrayList<>();
            List<Long> stamps = new ArrayList<>();
            for (var id : ids.entrySet()) {
                var c = store.get(id.getKey());
                if (c.isPresent()) {
                    present.add(c.get());
                    stamps.add(id.getValue());
                } else {
                    index.delete(id.getKey());
                }
            }
            SearchIndex.View view = index.acquire();
            try {
                write(index, present, vectors.of(present, view.searcher()), stamps::get, true);
            } finally {
                index.release(view);
            }
            seq = changes.get(changes.size() - 1).seq();
            applied += ids.size();
            uncommitted += ids.size();
            if (uncommitted >= commitEvery) {
                index.commit(seq);
                uncommitted = 0;
            }
            progress.accept(new Search.Indexing(applied, Math.max(applied, pending), vectors.embedded() - embeddedBefore, System.nanoTime() - start, false));
        }
    }

    /**
     * Fills an empty index with every case in the store, reusing the vectors in {@code previous} (may be null). The
     * store's sequence is read first, so that changes made during the rebuild are caught up afterwards.
     */
    long rebuild(SearchIndex fresh, CaseStore store, IndexSearcher previous) throws IOException {
        long seq = store.lastSeq();
        long total = store.count(), start = System.nanoTime();
        List<Case> batch = new ArrayList<>(BATCH);
        long[] count = {0};
        IOException[] failure = {null};
        store.forEach(c -> {
            if (failure[0] != null) return;
            batch.add(c);
            if (batch.size() == BATCH) {
                try {
                    write(fresh, batch, vectors.of(batch, previous), i -> seq, false);
                } catch (IOException e) {
                    failure[0] = e;
                }
                count[0] += batch.size();
                batch.clear();
                progress.accept(new Search.Indexing(count[0], Math.max(total, count[0]), vectors.embedded(), System.nanoTime() - start, false));
            }
        });
        if (failure[0] != null) throw failure[0];
        write(fresh, batch, vectors.of(batch, previous), i -> seq, false);
        count[0] += batch.size();
        fresh.commit(seq);
        progress.accept(new Search.Indexing(count[0], count[0], vectors.embedded(), System.nanoTime() - start, true));
        return count[0];
    }

    private static void write(SearchIndex index, List<Case> cases, List<Vectors.Keyed> keyed, IntFunction<Long> stamp,
                              boolean replace) throws IOException {
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Vectors.Keyed k = keyed.get(i);
            var doc = CaseDocument.of(c, k == null ? null : k.vector(), k == null ? null : k.key(), stamp.apply(i));
            if (replace) index.put(c.id(), doc);
            else index.add(doc);
        }
    }
}
