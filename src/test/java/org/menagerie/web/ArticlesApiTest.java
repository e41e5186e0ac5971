package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /api/v1/articles: the archive's search with filters and facets, behind a reviewer's token. */
class ArticlesApiTest {
    @TempDir static Path dir;
    static TestSite site;
    static Http http;

    @BeforeAll
    static void start() {
        site = new TestSite(dir, null, null, 100);
        http = new Http(site.base());
        Monitored.seed(site.menagerie(), "nato-riga-war-plans", Instant.parse("2026-03-10T12:00:00Z"));
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    @Test
    void needsAToken() {
        var anonymous = http.get("/api/v1/articles?q=nato");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(ApiTest.json(anonymous.body()).get("error").asText()).contains("token");
    }

    @Test
    void findsTheStoryWithFacetsAndTheOtherOutletOfEachHit() {
        var r = http.json("GET", "/api/v1/articles?q=riga&sort=date&per=day", null, site.token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = ApiTest.json(r.body());
        assertThat(body.get("total").asInt()).isEqualTo(2);
        assertThat(body.at("/items/0/outlet").asText()).isEqualTo(Monitored.OTHER);
        assertThat(body.at("/items/0/alsoCarriedBy/0").asText()).isEqualTo(Monitored.OUTLET_NAME);
        assertThat(body.at("/items/1/alsoCarriedBy/0").asText()).isEqualTo(Monitored.OTHER);
        assertThat(body.at("/items/0/snippet").asText()).contains("<b>Riga</b>");
        assertThat(body.at("/facets/outlet/" + Monitored.OTHER).asInt()).isEqualTo(1);
        assertThat(body.at("/facets/date").size()).isEqualTo(2);
        assertThat(body.at("/facets/story").size()).isEqualTo(1);
    }

    @Test
    void filtersByOutletAndLanguage() {
        JsonNode ro = ApiTest.json(http.json("GET", "/api/v1/articles?language=ro", null, site.token).body());
        assertThat(ro.get("total").asInt()).isEqualTo(1);
        assertThat(ro.at("/items/0/language").asText()).isEqualTo("ro");
        JsonNode outlet = ApiTest.json(http.json("GET", "/api/v1/articles?outlet=ria%20vesti", null, site.token).body());
        assertThat(outlet.get("total").asInt()).isEqualTo(1);
        assertThat(outlet.at("/items/0/outlet").asText()).isEqualTo(Monitored.OUTLET_NAME);
    }

    @Test
    void badParametersAreA400NamingThem() {
        var date = http.json("GET", "/api/v1/articles?from=yesterday", null, site.token);
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(ApiTest.json(date.body()).get("error").asText()).contains("from", "yesterday");
        var sort = http.json("GET", "/api/v1/articles?sort=newest", null, site.token);
        assertThat(ApiTest.json(sort.body()).get("error").asText()).contains("relevance, date");
        assertThat(http.json("GET", "/api/v1/articles?q=%22open", null, site.token).statusCode()).isEqualTo(400);
        assertThat(http.json("GET", "/api/v1/articles?size=1000", null, site.token).statusCode()).isEqualTo(400);
    }
}
