package org.menagerie.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseStore;

/**
 * Keeps an engine in step with the store. {@link #catchUp} applies the store's changes since the sequence number of
 * the engine's last commit in batches, committing with the sequence reached every {@value #COMMIT_EVERY} cases and at
 * the end: after a crash the engine holds whole batches only, and the next catch-up redoes what came after the last
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

    /**
     * Applies the changes the engine has not seen; returns how many cases it updated or removed. A batch is written
     * (and its graph insertions made) on a thread of its own while the next batch is read and embedded, so both cores
     * work on a large catch-up; writes and commits stay in order, one at a time.
     */
    long catchUp(SearchEngine engine, CaseStore store) {
        long seq = engine.lastSeq();
        long applied = 0, uncommitted = 0, start = System.nanoTime(), embeddedBefore = vectors.embedded();
        long pending = Math.max(0, store.lastSeq() - seq);
        try (WriteAhead writes = new WriteAhead()) {
            while (true) {
                List<CaseStore.Change> changes = store.changesSince(seq, BATCH);
                if (changes.isEmpty()) {
                    long reached = seq;
                    if (uncommitted > 0) writes.then(() -> engine.commit(reached));
                    writes.await();
                    if (applied > 0) progress.accept(new Search.Indexing(applied, applied, vectors.embedded() - embeddedBefore, System.nanoTime() - start, true));
                    return applied;
                }
                Map<String, Long> ids = new LinkedHashMap<>();
                for (CaseStore.Change c : changes) ids.merge(c.caseId(), c.seq(), Math::max);
                List<Case> present = new ArrayList<>();
                List<Long> stamps = new ArrayList<>();
                List<String> deleted = new ArrayList<>();
                for (var id : ids.entrySet()) {
                    var c = store.get(id.getKey());
                    if (c.isPresent()) {
                        present.add(c.get());
                        stamps.add(id.getValue());
                    } else {
                        deleted.add(id.getKey());
                    }
                }
                seq = changes.get(changes.size() - 1).seq();
                List<SearchEngine.Entry> entries = entries(present, vectors.of(present, engine), stamps::get);
                applied += ids.size();
                uncommitted += ids.size();
                boolean commit = uncommitted >= commitEvery;
                long reached = seq;
                writes.then(() -> {
                    engine.write(entries, deleted);
                    if (commit) engine.commit(reached);
                });
                if (commit) uncommitted = 0;
                progress.accept(new Search.Indexing(applied, Math.max(applied, pending), vectors.embedded() - embeddedBefore, System.nanoTime() - start, false));
            }
        }
    }

    /**
     * Writes every case in the store to {@code fresh}, reusing the vectors {@code current} holds. The store's
     * sequence is read first, so that changes made during the rebuild are caught up afterwards.
     */
    long rebuild(SearchEngine.Rebuild fresh, CaseStore store, SearchEngine current) {
        long seq = store.lastSeq();
        long total = store.count(), start = System.nanoTime();
        List<Case> batch = new ArrayList<>(BATCH);
        long[] count = {0};
        try (WriteAhead writes = new WriteAhead()) {
            store.forEach(c -> {
                batch.add(c);
                if (batch.size() == BATCH) {
                    List<SearchEngine.Entry> entries = entries(batch, vectors.of(batch, current), i -> seq);
                    writes.then(() -> fresh.add(entries));
                    count[0] += batch.size();
                    batch.clear();
                    progress.accept(new Search.Indexing(count[0], Math.max(total, count[0]), vectors.embedded(), System.nanoTime() - start, false));
                }
            });
            List<SearchEngine.Entry> last = entries(batch, vectors.of(batch, current), i -> seq);
            writes.then(() -> fresh.add(last));
            writes.await();
        }
        count[0] += batch.size();
        fresh.finish(seq);
        progress.accept(new Search.Indexing(count[0], count[0], vectors.embedded(), System.nanoTime() - start, true));
        return count[0];
    }

    private static List<SearchEngine.Entry> entries(List<Case> cases, List<Vectors.Keyed> keyed, IntFunction<Long> stamp) {
        List<SearchEngine.Entry> out = new ArrayList<>(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            Vectors.Keyed k = keyed.get(i);
            out.add(new SearchEngine.Entry(cases.get(i), k == null ? null : k.vector(), k == null ? null : k.key(), stamp.apply(i)));
        }
        return out;
    }
}
