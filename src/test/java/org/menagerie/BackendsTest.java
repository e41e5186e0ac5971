package org.menagerie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackendsTest {
    @TempDir Path dir;

    @Test
    void theEmbeddedBackEndsAreTheDefault() {
        assertThat(Backends.from(Workspace.at(dir), Map.of())).isEqualTo(new Backends("h2", "lucene"));
    }

    @Test
    void theEnvironmentWinsOverTheSettings() {
        Properties p = new Properties();
        p.setProperty("store", "h2");
        assertThat(Backends.from(new Workspace(dir, p), Map.of("MENAGERIE_STORE", "memory")).store()).isEqualTo("memory");
    }

    @Test
    void theQueueKeptInTheStoreIsTheDefaultAndAnswersToItsOldNameMemory() {
        assertThat(Backends.defaults().queue()).isEqualTo("store");
        Properties p = new Properties();
        p.setProperty("queue", "Memory");
        assertThat(Backends.from(new Workspace(dir, p), Map.of()).queue()).isEqualTo("store");
        assertThat(Backends.from(Workspace.at(dir), Map.of("MENAGERIE_QUEUE", "memory")).queue()).isEqualTo("store");
        assertThatThrownBy(() -> new Backends(null, null, "rabbit")).hasMessageContaining("store, kafka");
    }

    @Test
    void anUnknownBackEndIsRefusedByItsKey() {
        Properties p = new Properties();
        p.setProperty("index", "elastic");
        assertThatThrownBy(() -> Backends.from(new Workspace(dir, p), Map.of()))
                .hasMessageContaining("index=").hasMessageContaining("elastic").hasMessageContaining("lucene");
    }

    @Test
    void aMemoryStoreKeepsNothingOnDisk() {
        Properties p = new Properties();
        p.setProperty(Menagerie.DEMO_SETTING, "true");
        try (Menagerie m = Menagerie.open(new Workspace(dir.resolve("ws"), p), new Backends("memory", "lucene"))) {
            assertThat(m.cases().count()).isEqualTo(47);
            assertThat(m.publications()).isNotNull();
        }
        assertThat(dir.resolve("ws/store")).doesNotExist();
    }

    @Test
    void solrSettingsComeFromTheEnvironmentBeforeTheWorkspace() {
        Properties p = new Properties();
        p.setProperty("index", "solr");
        p.setProperty("solr.urls", "http://127.0.0.1:1/solr");
        p.setProperty("solr.collection", "cases");
        Workspace ws = new Workspace(dir, p);
        Map<String, String> env = Map.of("MENAGERIE_SOLR_URLS", "http://127.0.0.1:2/solr/, http://127.0.0.1:3/solr");
        assertThat(Backends.from(ws, env).index()).isEqualTo("solr");
        var solr = org.menagerie.search.solr.SolrSettings.from(key -> Backends.setting(key, ws, env));
        assertThat(solr.urls()).containsExactly("http://127.0.0.1:2/solr", "http://127.0.0.1:3/solr");
        assertThat(solr.collection()).isEqualTo("cases");
    }
}
