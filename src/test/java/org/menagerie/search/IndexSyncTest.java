package org.menagerie.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.NeedsSharedData;
import org.menagerie.catalog.Case;
import org.menagerie.store.memory.MemoryCaseStore;

@NeedsSharedData
class IndexSyncTest {

    @Test
    void aLongCatchUpCommitsEveryFewThousandCasesAndAtTheEndNotEveryBatch(@TempDir Path dir) throws Exception {
        List<Case> cases = new ArrayList<>(RealCases.rofact());
        cases.addAll(RealCases.euvsdisinfo());
        MemoryCaseStore store = new MemoryCaseStore();
        for (Case c : cases) store.put(c, "test");
        try (LuceneIndex index = LuceneIndex.open(dir, SearchSettings.keywordOnly())) {
            List<Long> committedAfterEachBatch = new ArrayList<>();
            long applied = new IndexSync(new Vectors(null), p -> committedAfterEachBatch.add(index.lastSeq()), 2_000)
                    .catchUp(index, store);

            assertThat(applied).isEqualTo(cases.size());
            // 8 batches of 500: committed with the 4th (2,000 cases) and at the end, never before the 4th. Batch n is
            // written while batch n+1 is embedded, so the 4th's commit is certain to be seen from the 5th's progress on
            assertThat(committedAfterEachBatch).hasSize(cases.size() / IndexSync.BATCH + 2);
            assertThat(committedAfterEachBatch.subList(0, 3)).containsOnly(0L);
            assertThat(committedAfterEachBatch.subList(4, 8)).hasSize(4).allMatch(seq -> seq > 0 && seq < store.lastSeq());
            assertThat(committedAfterEachBatch.get(8)).isEqualTo(store.lastSeq());
            assertThat(index.size()).isEqualTo(cases.size());
            assertThat(new IndexSync(new Vectors(null), null).catchUp(index, store)).isZero();
        }
    }
}
