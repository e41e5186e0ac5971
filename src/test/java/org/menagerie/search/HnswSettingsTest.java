package org.menagerie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.apache.lucene.codecs.perfield.PerFieldKnnVectorsFormat;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.menagerie.NeedsSharedData;
import org.menagerie.catalog.Case;
import org.menagerie.search.HnswSettings.Quantization;

class HnswSettingsTest {

    @Test
    void readsTheWorkspaceSettingsAndOtherwiseKeepsLucenesDefaults() {
        Properties p = new Properties();
        assertThat(HnswSettings.from(p)).isEqualTo(new HnswSettings(16, 100, Quantization.NONE, 1));
        p.setProperty("search.hnsw.maxConn", "32");
        p.setProperty("search.hnsw.beamWidth", " 60 ");
        p.setProperty("search.hnsw.quantization", "Int7");
        p.setProperty("search.hnsw.mergeThreads", "2");
        assertThat(HnswSettings.from(p)).isEqualTo(new HnswSettings(32, 60, Quantization.INT7, 2));
        assertThat(SearchSettings.from(p, Path.of(".")).hnsw()).isEqualTo(new HnswSettings(32, 60, Quantization.INT7, 2));
        assertThat(SearchSettings.defaults().hnsw()).isEqualTo(HnswSettings.defaults());
    }

    @Test
    void refusesValuesLuceneCannotBuildWithNamingTheSetting() {
        assertThatThrownBy(() -> new HnswSettings(1, 100, Quantization.NONE, 1)).hasMessageContaining("search.hnsw.maxConn");
        assertThatThrownBy(() -> new HnswSettings(16, 0, Quantization.NONE, 1)).hasMessageContaining("search.hnsw.beamWidth");
        assertThatThrownBy(() -> new HnswSettings(16, 100, Quantization.NONE, 0)).hasMessageContaining("search.hnsw.mergeThreads");
        Properties p = new Properties();
        p.setProperty("search.hnsw.quantization", "int3");
        assertThatThrownBy(() -> HnswSettings.from(p)).isInstanceOf(IllegalArgumentException.class);
    }

    @NeedsSharedData
    @ParameterizedTest
    @EnumSource(value = Quantization.class, names = {"INT7", "INT4"})
    void aQuantizedGraphMergedByTwoThreadsFindsEachCaseByItsOwnVectorAndReopensWithOtherSettings(Quantization bits, @TempDir Path dir) throws Exception {
        List<Case> cases = RealCases.rofact().subList(0, 600);
        float[][] vectors = new float[cases.size()][];
        Random random = new Random(3);
        for (int i = 0; i < vectors.length; i++) vectors[i] = SearchBench.noisy(new float[384], random);
        try (SearchIndex index = SearchIndex.open(dir, true, new HnswSettings(16, 100, bits, 2))) {
            for (int i = 0; i < cases.size(); i++) {
                index.add(CaseDocument.of(cases.get(i), vectors[i], "test"));
                if (i % 100 == 99) index.commit(i); // several segments, so that the merge below rebuilds a graph
            }
            index.writer().forceMerge(1);
            index.commit(cases.size());
        }
        try (SearchIndex index = SearchIndex.open(dir, false, HnswSettings.defaults())) {
            SearchIndex.View view = index.acquire();
            try {
                var leaves = view.searcher().getIndexReader().leaves();
                assertThat(leaves).hasSize(1);
                assertThat(leaves.get(0).reader().getFieldInfos().fieldInfo(CaseDocument.VECTOR)
                        .getAttribute(PerFieldKnnVectorsFormat.PER_FIELD_FORMAT_KEY)).isEqualTo("Lucene99HnswScalarQuantizedVectorsFormat");
                int found = 0;
                for (int i = 0; i < cases.size(); i += 20) {
                    ScoreDoc[] top = view.searcher().search(new KnnFloatVectorQuery(CaseDocument.VECTOR, vectors[i], 5), 5).scoreDocs;
                    String id = view.searcher().storedFields().document(top[0].doc).get(CaseDocument.ID);
                    if (id.equals(cases.get(i).id())) found++;
                }
                assertThat(found).isEqualTo(30);
            } finally {
                index.release(view);
            }
        }
    }
}
