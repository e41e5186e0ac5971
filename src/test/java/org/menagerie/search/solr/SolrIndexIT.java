package org.menagerie.search.solr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.menagerie.search.IndexContract;
import org.menagerie.search.IndexHealth;
import org.menagerie.search.SearchEngine;
import org.menagerie.search.SearchRequest;
import org.menagerie.search.SearchSettings;

/** SolrCloud keeps the index contract, on a real two-node cluster; with one node down it still answers. */
class SolrIndexIT extends IndexContract {
    @Override
    protected SearchEngine open(String name, SearchSettings settings) {
        return SolrIndex.open(new SolrSettings(SolrCluster.get().nodeUrls(), "it_" + name), settings);
    }

    @Test
    void withOneNodeDownSearchesAndWritesGoOnAndHealthSaysDegraded() {
        SolrCluster cluster = SolrCluster.get();
        try (SearchEngine engine = open("failover", SearchSettings.keywordOnly())) {
            cluster.stopNode(1);
            try {
                IndexHealth health = engine.health();
                assertThat(health.state()).isEqualTo(IndexHealth.State.DEGRADED);
                assertThat(health.liveNodes()).isEqualTo(1);
                assertThat(health.nodes()).isEqualTo(2);
                for (int i = 0; i < 6; i++) {
                    assertThat(engine.search(SearchRequest.of(""), null).total()).isZero();
                }
                engine.apply(java.util.List.of(), java.util.List.of(), 42);
                assertThat(engine.lastSeq()).isEqualTo(42);
            } finally {
                cluster.startNode(1);
            }
            assertThat(engine.health().state()).isEqualTo(IndexHealth.State.OK);
        }
    }
}
