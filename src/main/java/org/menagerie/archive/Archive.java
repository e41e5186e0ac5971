package org.menagerie.archive;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.menagerie.watch.ArticleStore;

/**
 * The analysts' search over every article monitoring stored. The index catches up with the store when it is opened
 * and before a search when the store has moved (one read of the newest id otherwise), never on the intake path: new
 * articles are indexed in batches by whoever searches next. "Who else carried this" is read from the store for the
 * page shown only.
 */
public final class Archive implements AutoCloseable {
    private final ArticleIndex index;
    private final ArticleStore store;
    private final int retentionDays;
    private final Clock clock;
    /** The retention cutoff last applied to the index, so that texts are dropped once a day rather than per search. */
    private Instant droppedBefore;

    /** {@code retentionDays}: texts of articles read longer ago are not kept in the index (0: kept for ever). */
    public Archive(ArticleIndex index, ArticleStore store, int retentionDays, Clock clock) {
        if (index == null || store == null || clock == null) throw new IllegalArgumentException("index, store and clock must not be null");
        if (retentionDays < 0) throw new IllegalArgumentException("retentionDays must not be negative: " + retentionDays);
        this.index = index;
        this.store = store;
        this.retentionDays = retentionDays;
        this.clock = clock;
    }

    /** Opens the archive over {@code index} and catches up with the store. */
    public static Archive open(ArticleIndex index, ArticleStore store, int retentionDays, Clock clock) {
        Archive archive = new Archive(index, store, retentionDays, clock);
        archive.catchUp();
        return archive;
    }

    /** Indexes the articles stored since the last catch-up and applies retention; returns how many were written. */
    public synchronized long catchUp() {
        Instant cutoff = cutoff();
        long written = ArchiveSync.catchUp(index, store, cutoff);
        if (cutoff != null && !cutoff.equals(droppedBefore)) {
            written += ArchiveSync.dropTexts(index, store, cutoff);
            droppedBefore = cutoff;
        }
        return written;
    }

    /** Catches up only when the store holds articles the index has not seen, or a day has passed under retention. */
    public long refresh() {
        Instant cutoff = cutoff();
        boolean moved = store.lastId() > index.lastId();
        synchronized (this) {
            if (!moved && (cutoff == null || cutoff.equals(droppedBefore))) return 0;
        }
        return catchUp();
    }

    /** One page of matches with facets, each hit with the other outlets of its story. */
    public ArchiveResult search(ArchiveQuery query) {
        refresh();
        ArchiveResult result = index.search(query);
        List<ArchiveResult.Hit> hits = new ArrayList<>(result.hits().size());
        for (ArchiveResult.Hit h : result.hits()) {
            List<String> others = new ArrayList<>(store.outletsOf(h.story()));
            others.remove(h.outlet());
            hits.add(h.withAlsoCarriedBy(others));
        }
        return result.withHits(hits);
    }

    /** How many articles the index holds. */
    public long size() {
        return index.size();
    }

    /** The id of the newest article indexed. */
    public long indexedId() {
        return index.lastId();
    }

    /** Texts of articles read before this are not indexed, or null when retention keeps them for ever; whole days. */
    private Instant cutoff() {
        if (retentionDays == 0) return null;
        return clock.instant().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(retentionDays));
    }

    @Override
    public void close() {
        index.close();
    }
}
