package org.menagerie.search.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SolrSettingsTest {
    @Test
    void urlsAreTrimmedAndTheCollectionDefaults() {
        SolrSettings s = SolrSettings.from(Map.of("solr.urls", " http://127.0.0.1:8983/solr/ ,http://[::1]:8984/solr")::get);
        assertThat(s.urls()).containsExactly("http://127.0.0.1:8983/solr", "http://[::1]:8984/solr");
        assertThat(s.collection()).isEqualTo("menagerie");
    }

    @Test
    void missingOrMalformedSettingsAreRefusedByName() {
        assertThatThrownBy(() -> SolrSettings.from(Map.<String, String>of()::get)).hasMessageContaining("solr.urls");
        assertThatThrownBy(() -> new SolrSettings(List.of("ftp://x/solr"), null)).hasMessageContaining("urls");
        assertThatThrownBy(() -> new SolrSettings(List.of("http://127.0.0.1:1/solr"), "bad name"))
                .hasMessageContaining("collection");
    }

    @Test
    void theConfigsetIsPackagedWithTheProduct() {
        assertThat(SolrCollection.configset().length).isGreaterThan(1000);
    }
}
