package org.menagerie.search.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.menagerie.search.solr.SolrHttp.params;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project's configset on a real SolrCloud: a replicated collection boots from it, each language is analysed its
 * own way (Romanian through the project's plugin jar), and vectors, facets and highlighting answer.
 */
class SolrConfigsetIT {
    private static final String COLLECTION = "configset_it";
    private static SolrCluster cluster;
    private static String node;

    @BeforeAll
    static void collection() {
        cluster = SolrCluster.get();
        node = cluster.nodeUrl(0);
        cluster.createCollection(COLLECTION, 1, 2);
        SolrHttp.add(node, COLLECTION, List.of(
                doc("ro-1", "text_ro", "Vaccinurile anti-COVID nu conțin microcipuri pentru urmărirea populației.", "FALSE", axis(0)),
                doc("ro-2", "text_ro", "Războiul din Ucraina nu a fost provocat de extinderea NATO.", "MISLEADING", axis(1)),
                doc("en-1", "text_en", "The vaccines' side effects were hidden by regulators.", "FALSE", axis(2)),
                doc("ru-1", "text_ru", "Вакцины содержат микрочипы для слежки.", "FALSE", axis(3)),
                doc("uk-1", "text_uk", "Вакцини містять мікрочипи для стеження.", "FALSE", axis(4)),
                doc("xx-1", "text_xx", "Vakcíny obsahujú mikročipy.", "FALSE", axis(5))), true);
    }

    @Test
    void romanianFindsTheLemmaOfAnInflectedWordThroughThePlugin() {
        assertThat(ids("text_ro:vaccin")).containsExactly("ro-1");
        assertThat(ids("text_ro:vaccinul")).containsExactly("ro-1");
    }

    @Test
    void romanianMatchesAQueryTypedWithoutDiacritics() {
        assertThat(ids("text_ro:razboiul")).containsExactly("ro-2");
    }

    @Test
    void romanianStopWordsMatchNothing() {
        assertThat(ids("text_ro:din")).isEmpty();
    }

    @Test
    void eachLanguageStemsItsOwnWay() {
        assertThat(ids("text_en:vaccine")).containsExactly("en-1");
        assertThat(ids("text_ru:вакцина")).containsExactly("ru-1");
        assertThat(ids("text_uk:вакцина")).containsExactly("uk-1");
        assertThat(ids("text_xx:mikrocipy")).containsExactly("xx-1");
    }

    @Test
    void theNearestVectorComesFirst() {
        JsonNode r = SolrHttp.select(node, COLLECTION, params("q", "{!knn f=vector topK=3}" + vectorText(near(3)), "fl", "id,score"));
        assertThat(r.path("response").path("docs").get(0).path("id").asText()).isEqualTo("ru-1");
    }

    @Test
    void facetsCountEachValue() {
        JsonNode r = SolrHttp.select(node, COLLECTION, params("q", "*:*", "rows", 0, "facet", "true", "facet.field", "verdict"));
        assertThat(r.path("facet_counts").path("facet_fields").path("verdict").toString())
                .isEqualTo("[\"FALSE\",5,\"MISLEADING\",1]");
    }

    @Test
    void highlightingMarksTheMatchedInflection() {
        JsonNode r = SolrHttp.select(node, COLLECTION, params("q", "text_ro:vaccin", "hl", "true", "hl.fl", "text_ro"));
        assertThat(r.path("highlighting").path("ro-1").path("text_ro").get(0).asText()).contains("<em>Vaccinurile</em>");
    }

    private static List<String> ids(String query) {
        JsonNode r = SolrHttp.select(node, COLLECTION, params("q", query, "fl", "id", "sort", "id asc"));
        List<String> ids = new ArrayList<>();
        r.path("response").path("docs").forEach(d -> ids.add(d.path("id").asText()));
        return ids;
    }

    private static Map<String, Object> doc(String id, String field, String text, String verdict, float[] vector) {
        return Map.of("id", id, field, text, "verdict", List.of(verdict), "vector", vector);
    }

    /** A unit vector along one axis: documents far apart, so the nearest one is unambiguous. */
    private static float[] axis(int i) {
        float[] v = new float[384];
        v[i] = 1;
        return v;
    }

    private static float[] near(int i) {
        float[] v = axis(i);
        v[i + 1] = 0.3f;
        return v;
    }

    private static String vectorText(float[] v) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) s.append(i == 0 ? "" : ",").append(v[i]);
        return s.append(']').toString();
    }
}
