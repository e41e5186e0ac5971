package org.menagerie.search.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The Romanian plugin jar the build makes for Solr: the filter with what it needs, and no Lucene to clash with Solr's. */
class SolrPluginJarIT {
    private static final Path JAR = Path.of("target/menagerie-solr-plugin.jar");

    @Test
    void carriesTheFilterItsDictionaryAndMorfologikButNoLucene() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> names = jar.stream().map(e -> e.getName()).toList();
            assertThat(names).contains(
                    "org/menagerie/search/RomanianLemmaFilter.class",
                    "org/menagerie/search/RomanianLemmaFilterFactory.class",
                    "META-INF/services/org.apache.lucene.analysis.TokenFilterFactory",
                    "org/languagetool/resource/ro/romanian.dict",
                    "org/languagetool/resource/ro/romanian.info",
                    "morfologik/stemming/DictionaryLookup.class",
                    "morfologik/fsa/FSA.class");
            assertThat(names).noneMatch(n -> n.startsWith("org/apache/lucene/") || n.startsWith("org/tartarus/"));
            assertThat(names).filteredOn(n -> n.startsWith("org/menagerie/"))
                    .allMatch(n -> n.endsWith("/") || n.startsWith("org/menagerie/search/RomanianLemmaFilter"));
            String services = new String(jar.getInputStream(jar.getEntry(
                    "META-INF/services/org.apache.lucene.analysis.TokenFilterFactory")).readAllBytes());
            assertThat(services.strip()).isEqualTo("org.menagerie.search.RomanianLemmaFilterFactory");
        }
    }
}
