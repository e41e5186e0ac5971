package org.menagerie.search;

import java.util.List;
import org.menagerie.catalog.CaseStore;
import org.menagerie.health.Probe;
import org.menagerie.health.ProbeReading;

/**
 * The index's health (either engine): its live nodes, how many documents it holds, and how many store changes it has not applied yet (its lag
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
    public List<ProbeReading> probe() {
        IndexHealth health = search.health();
        // A cluster with no live node cannot answer the figures below; say why instead of timing out on them.
        if (health.state() == IndexHealth.State.DOWN) throw new IllegalStateException("index down: " + health.detail());
        long indexed = search.indexedSeq();
        long stored = store.lastSeq();
        return List.of(ProbeReading.of("documents", search.size()), ProbeReading.of("indexed_seq", indexed),
                ProbeReading.of("store_seq", stored), ProbeReading.of("lag", Math.max(0, stored - indexed)),
                ProbeReading.of("live_nodes", health.liveNodes()), ProbeReading.of("nodes", health.nodes()));
    }
}
