package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.alert.Alert;
import org.menagerie.alert.AlertStore;
import org.menagerie.alert.Level;
import org.menagerie.publish.Account;

/** The desk's API over a real server: the inbox, decisions and bulk decisions, behind a reviewer's token. */
class AlertsApiTest {
    @TempDir static Path dir;
    static TestSite site;
    static Http http;
    static String analyst;

    @BeforeAll
    static void start() {
        site = new TestSite(dir, null, null, 100);
        http = new Http(site.base());
        var m = site.menagerie();
        m.accounts().put("dana", Account.Role.ANALYST, "an analyst's password".toCharArray());
        analyst = m.accounts().createToken("dana", "desk");
        for (int i = 0; i < 3; i++) {
            m.alerts().record(new Alert("article:" + i, "outlet-" + i, "https://outlet-" + i + ".example/a", "NATO plans to attack " + i,
                    "nato-riga-war-plans", 0.6, Level.SUGGESTED, "terms: NATO", Instant.parse("2026-03-01T10:00:00Z").plusSeconds(i)));
        }
        m.alerts().record(new Alert("article:9", "outlet-9", null, "Vaccines carry chips", "vaccine-microchip", 0.5,
                Level.SUGGESTED, "terms: chips", Instant.parse("2026-03-02T10:00:00Z")));
        m.alerts().record(new Alert("article:20", "outlet-20", "https://outlet-20.example/labs", "Biolabs in Ukraine make weapons",
                "biolabs-ukraine", 0.9, Level.MATCHED, "terms: biolabs", Instant.parse("2026-03-03T10:00:00Z")));
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    private static String id(int i) {
        return AlertStore.idOf("article:" + i, "nato-riga-war-plans");
    }

    @Test
    void theInboxNeedsAReviewersTokenAndFilters() {
        assertThat(http.get("/api/v1/alerts").statusCode()).isEqualTo(401);
        var all = http.json("GET", "/api/v1/alerts?level=suggested&limit=2", null, analyst);
        assertThat(all.statusCode()).isEqualTo(200);
        JsonNode body = ApiTest.json(all.body());
        assertThat(body.get("total").asInt()).isEqualTo(4);
        assertThat(body.get("alerts")).hasSize(2);
        assertThat(body.at("/alerts/0/case").asText()).isEqualTo("vaccine-microchip");
        JsonNode nato = ApiTest.json(http.json("GET", "/api/v1/alerts?narrative=nato-aggressor", null, analyst).body());
        assertThat(nato.get("total").asInt()).isEqualTo(3);
        var bad = http.json("GET", "/api/v1/alerts?state=asleep", null, analyst);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(ApiTest.json(bad.body()).get("error").asText()).contains("unknown state");
        assertThat(http.json("GET", "/api/v1/alerts/nope", null, analyst).statusCode()).isEqualTo(404);
    }

    @Test
    void anAnalystConfirmsAndUndoesButCannotEditCases() {
        var confirmed = http.json("POST", "/api/v1/alerts/" + id(0) + "/decision", "{\"action\":\"confirm\"}", analyst);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        JsonNode one = ApiTest.json(confirmed.body());
        assertThat(one.get("state").asText()).isEqualTo("confirmed");
        assertThat(one.at("/decisions/0/by").asText()).isEqualTo("dana");
        assertThat(one.at("/sighting/url").asText()).isEqualTo("https://outlet-0.example/a");
        var again = http.json("POST", "/api/v1/alerts/" + id(0) + "/decision", "{\"action\":\"confirm\"}", analyst);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(ApiTest.json(again.body()).get("error").asText()).contains("confirmed already");
        var undone = http.json("POST", "/api/v1/alerts/" + id(0) + "/decision", "{\"action\":\"undo\"}", analyst);
        assertThat(ApiTest.json(undone.body()).get("sighting").isNull()).isTrue();
        assertThat(http.json("POST", "/api/v1/alerts/" + id(0) + "/decision", "{\"action\":\"wave\"}", analyst).statusCode()).isEqualTo(400);
        assertThat(http.json("PUT", "/api/v1/cases/vaccine-microchip", "{}", analyst).statusCode()).isEqualTo(403);
    }

    @Test
    void aConfirmedAlertReachesTheCaseAndItsClaimReview() {
        String id = AlertStore.idOf("article:9", "vaccine-microchip");
        assertThat(http.json("POST", "/api/v1/alerts/" + id + "/decision", "{\"action\":\"confirm\"}", analyst).statusCode()).isEqualTo(200);
        JsonNode c = ApiTest.json(http.get("/api/v1/cases/vaccine-microchip").body());
        assertThat(c.at("/sightings/0/outlet").asText()).isEqualTo("outlet-9");
        assertThat(c.at("/sightings/0/confirmedBy").asText()).isEqualTo("dana");
        JsonNode reviews = ApiTest.json(http.get("/api/v1/claimreview?size=100").body()).get("items");
        JsonNode review = null;
        for (JsonNode r : reviews) if (r.get("url").asText().endsWith("/cases/vaccine-microchip")) review = r;
        assertThat(review).isNotNull();
        assertThat(review.at("/itemReviewed/appearance")).extracting(a -> a.at("/publisher/name").asText()).contains("outlet-9");
        assertThat(http.get("/cases/vaccine-microchip").body()).contains("outlet-9");
    }

    @Test
    void aUsersAlertFeedNeedsItsPrivateTokenAndSightingsHaveAPublicFeed() {
        var m = site.menagerie();
        String token = m.subscriptions().newFeedToken("dana");
        m.notices().pend("dana", AlertStore.idOf("article:20", "biolabs-ukraine"), "labs", Instant.parse("2026-03-03T10:00:01Z"));
        var feed = http.get("/feeds/alerts/" + token + ".atom");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains("Biolabs in Ukraine make weapons", "https://outlet-20.example/labs");
        assertThat(http.get("/feeds/alerts/not-a-token.atom").statusCode()).isEqualTo(404);
        String other = m.subscriptions().newFeedToken("dana");
        assertThat(http.get("/feeds/alerts/" + token + ".atom").statusCode()).as("replaced").isEqualTo(404);
        assertThat(http.get("/feeds/alerts/" + other + ".atom").statusCode()).isEqualTo(200);
        var sightings = http.get("/feeds/sightings.atom");
        assertThat(sightings.statusCode()).isEqualTo(200);
        assertThat(sightings.body()).contains("https://outlet-20.example/labs", "outlet-20");
    }

    @Test
    void aBulkDecisionReportsEachAlert() {
        String body = "{\"ids\":[\"" + id(1) + "\",\"" + id(2) + "\",\"nope\"],\"action\":\"snooze\",\"until\":\"2999-01-01\"}";
        var r = http.json("POST", "/api/v1/alerts/decisions", body, site.token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode out = ApiTest.json(r.body());
        assertThat(out.get("done").asInt()).isEqualTo(2);
        assertThat(out.get("failed").asInt()).isEqualTo(1);
        assertThat(out.at("/results/0/state").asText()).isEqualTo("snoozed");
        assertThat(out.at("/results/2/error").asText()).contains("no alert");
        assertThat(http.json("POST", "/api/v1/alerts/decisions", "{\"ids\":\"x\",\"action\":\"undo\"}", site.token).statusCode()).isEqualTo(400);
    }
}
