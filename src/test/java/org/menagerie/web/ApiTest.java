package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API over a real server, with the test-only stand-in checker. */
class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path dir;
    static TestSite site;
    static Http http;

    @BeforeAll
    static void start() {
        site = new TestSite(dir, null, null, 20);
        http = new Http(site.base());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    @Test
    void searchesCasesWithFiltersFacetsAndPaging() {
        JsonNode r = json(http.get("/api/v1/cases?q=nato&size=10&page=2").body());
        assertThat(r.get("total").asInt()).isEqualTo(27);
        assertThat(r.get("page").asInt()).isEqualTo(2);
        assertThat(r.get("items")).hasSize(10);
        assertThat(r.at("/facets/country/Russia").asInt()).isEqualTo(27);
        JsonNode latvia = json(http.get("/api/v1/cases?q=nato&country=Latvia").body());
        assertThat(latvia.get("total").asInt()).isEqualTo(1);
        assertThat(latvia.at("/items/0/id").asText()).isEqualTo("nato-riga-war-plans");
    }

    @Test
    void returnsOneCaseOrA404Error() {
        JsonNode c = json(http.get("/api/v1/cases/vaccine-microchip").body());
        assertThat(c.get("verdict").asText()).isEqualTo("FALSE");
        var missing = http.get("/api/v1/cases/nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing.body()).get("error").asText()).isEqualTo("case not found");
        assertThat(json(http.get("/api/v1/cases/vaccine-microchip/history").body()).at("/items/0/author").asText()).isEqualTo("fixture");
    }

    @Test
    void listsNarrativesPublicationsAndClaimReviews() {
        assertThat(json(http.get("/api/v1/narratives").body()).get("items")).hasSize(2);
        assertThat(json(http.get("/api/v1/narratives/biolabs").body()).get("name").asText()).isEqualTo("Secret biolabs");
        JsonNode analyses = json(http.get("/api/v1/analyses?lang=en").body());
        assertThat(analyses.get("total").asInt()).isEqualTo(1);
        assertThat(analyses.at("/items/0/slug").asText()).isEqualTo("analysis-riga-nato-2021");
        assertThat(json(http.get("/api/v1/bulletins?lang=ro").body()).get("total").asInt()).isEqualTo(3);
        JsonNode one = json(http.get("/api/v1/analyses/analysis-riga-nato-2021").body());
        assertThat(one.get("html").asText()).contains("<h2>What was said in Riga</h2>");
        assertThat(http.get("/api/v1/analyses?lang=de").statusCode()).isEqualTo(400);
        JsonNode reviews = json(http.get("/api/v1/claimreview?size=5").body());
        assertThat(reviews.at("/items/0/@type").asText()).isEqualTo("ClaimReview");
        assertThat(reviews.get("total").asInt()).isEqualTo(31);
    }

    @Test
    void writesNeedAValidToken() {
        String body = "{\"id\":\"api-case\",\"claim\":\"A claim sent through the API\",\"verdict\":\"FALSE\","
                + "\"provenance\":{\"dataset\":\"api\"},\"status\":\"PUBLISHED\"}";
        var none = http.json("PUT", "/api/v1/cases/api-case", body, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(json(none.body()).get("error").asText()).contains("token");
        assertThat(http.json("PUT", "/api/v1/cases/api-case", body, "mng_wrong").statusCode()).isEqualTo(401);
        var created = http.json("PUT", "/api/v1/cases/api-case", body, site.token);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(site.cases.history("api-case").get(0).author()).isEqualTo(TestSite.EDITOR);
        assertThat(http.json("PUT", "/api/v1/cases/other-id", body, site.token).statusCode()).isEqualTo(400);
        assertThat(http.json("PUT", "/api/v1/cases/api-case", "{not json", site.token).statusCode()).isEqualTo(400);
    }

    @Test
    void checkWithoutACheckerIsUnavailableNotFaked() {
        var r = http.json("POST", "/api/v1/check", "{\"text\":\"Vaccines contain microchips.\"}", null);
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(json(r.body()).get("error").asText()).contains("not installed");
    }
}
