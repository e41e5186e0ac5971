package org.menagerie.search;

import java.util.List;
import org.menagerie.catalog.CaseStore;
import org.menagerie.health.Probe;
import org.menagerie.health.Reading;

/**
 * The embedded index's health: how many documents it holds, and how many store changes it has not applied yet (its lag
 * behind the store's change sequence; searches catch up, so a lag that stays up means catching up fails).
 */
public final class IndexProbe implements Probe {
    private final Search search;
    private final CaseStore store;

    public IndexProbe(Search search, CaseStore store) {
        this.search = search;
        this.store = store;
    }

    @Override
    public List<Reading> probe() {
        long indexed = search.indexedSeq();
        long stored = store.lastSeq();
        return List.of(Reading.of("documents", search.size()), Reading.of("indexed_seq", indexed),
                Reading.of("store_seq", stored), Reading.of("lag", Math.max(0, stored - indexed)));
    }
}
