package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API over a real server; checks run on the real checker over the demo catalog, links on loopback only. */
class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path dir;
    static TestSite site;
    static PageServer pages;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.withDemoChecker(dir, 20);
        pages = new PageServer();
        http = new Http(site.base());
    }

    @AfterAll
    static void stop() {
        if (pages != null) pages.close();
        if (site != null) site.close();
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
    void checksATextIntoTheDocumentedReport() {
        var r = http.json("POST", "/api/v1/check", "{\"text\":\"The ministers met in Stockholm on Thursday. "
                + PageServer.NATO_SENTENCE + "\",\"language\":\"en\"}", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode report = json(r.body());
        assertThat(report.get("version").asInt()).isEqualTo(1);
        assertThat(report.at("/source/kind").asText()).isEqualTo("text");
        assertThat(report.at("/source/language").asText()).isEqualTo("en");
        assertThat(report.at("/matcher/cases").asInt()).isEqualTo(47);
        assertThat(report.at("/counts/matched").asInt()).isEqualTo(1);
        JsonNode claim = claimOf(report, PageServer.NATO_SENTENCE);
        assertThat(claim.at("/matches/0/caseId").asText()).isEqualTo(PageServer.NATO_CASE);
        assertThat(claim.at("/matches/0/verdict").asText()).isEqualTo("MISLEADING");
        assertThat(claim.at("/matches/0/claimed").asBoolean()).isTrue();
        assertThat(claim.at("/matches/0/confidence").asDouble()).isGreaterThanOrEqualTo(report.at("/matcher/threshold").asDouble());
        assertThat(claim.at("/matches/0/why/names").toString()).contains("nato");
        assertThat(claim.get("nearest").isNull()).isTrue();
    }

    @Test
    void checksThePageAtALinkThroughTheArticleExtractor() {
        var r = http.json("POST", "/api/v1/check", "{\"url\":\"" + pages.url("/article.html") + "\"}", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode report = json(r.body());
        assertThat(report.at("/source/kind").asText()).isEqualTo("url");
        assertThat(report.at("/source/location").asText()).isEqualTo(pages.url("/article.html"));
        assertThat(report.at("/source/title").asText()).contains("Lavrov");
        assertThat(r.body()).doesNotContain("tracker").doesNotContain("Home | World");
        assertThat(claimOf(report, "He said that NATO is deploying").at("/matches/0/caseId").asText()).isEqualTo(PageServer.NATO_CASE);
    }

    @Test
    void aCheckThatCannotBeDoneIsA4xxWithTheReason() throws Exception {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("{\"text\":\"  \"}", "400 text or url must be given");
        refusals.put("{\"text\":\"Vaccines contain microchips.\",\"language\":\"de\"}", "400 language must be ro or en");
        refusals.put("{\"url\":\"file:///etc/passwd\"}", "400 url must start with http");
        refusals.put("{\"text\":\"%%%% #### 1234 !!!! ????\"}", "422 cannot tell the language");
        refusals.put("{\"text\":\"Die Bundesregierung hat am Mittwoch neue Regeln für den Wohnungsbau beschlossen.\"}", "422 'de', which cannot be checked yet");
        refusals.put("{\"url\":\"http://169.254.169.254/latest/meta-data/\"}", "422 private, local or reserved");
        refusals.put("{\"url\":\"http://news.example/article\"}", "422 could not be found");
        refusals.put("{\"url\":\"http://127.0.0.1:" + closedPort + "/\"}", "422 could not be reached");
        refusals.put("{\"url\":\"" + pages.url("/photo.png") + "\"}", "422 image/png");
        refusals.forEach((body, expected) -> {
            var r = http.json("POST", "/api/v1/check", body, null);
            String status = expected.substring(0, 3);
            assertThat(r.statusCode()).as(body + " -> " + r.body()).isEqualTo(Integer.parseInt(status));
            assertThat(json(r.body()).get("error").asText()).as(body).contains(expected.substring(4));
        });
    }

    private static JsonNode claimOf(JsonNode report, String start) {
        for (JsonNode c : report.get("claims")) if (c.get("sentence").asText().startsWith(start)) return c;
        throw new AssertionError("no claim starting with '" + start + "' in " + report.get("claims"));
    }
}
