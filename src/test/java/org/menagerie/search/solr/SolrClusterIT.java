package org.menagerie.search.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture itself: a cluster that cannot come up fails the test, loudly and with the harness's own words. */
class SolrClusterIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @Test
    void aHarnessThatExitsBeforeItIsReadyFailsWithItsLog(@TempDir Path dir) throws Exception {
        Path notAConfigset = Files.createDirectories(dir.resolve("conf"));
        assertThatThrownBy(() -> SolrCluster.start(PROJECT.resolve("target/cluster/solr-harness/target"),
                PROJECT.resolve("target/menagerie-solr-plugin.jar"), notAConfigset, dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exited with status 2 before it was ready")
                .hasMessageContaining("no solrconfig.xml in the configset folder");
    }

    @Test
    void aHarnessThatIsNotBuiltFailsSayingHowToBuildIt(@TempDir Path dir) {
        assertThatThrownBy(() -> SolrCluster.start(dir.resolve("target"), dir.resolve("plugin.jar"), dir, dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the SolrCloud harness is not built")
                .hasMessageContaining("mvn verify");
    }

    @Test
    void theClusterNamesItsNodesOnLoopbackAndAZooKeeper() {
        SolrCluster cluster = SolrCluster.get();
        assertThat(cluster.nodeUrls()).hasSize(2).allMatch(u -> u.startsWith("http://127.0.0.1:") && u.endsWith("/solr"));
        assertThat(cluster.zkAddress()).startsWith("127.0.0.1:");
    }
}
