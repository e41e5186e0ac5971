package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The check page and endpoint with the real checker over the demo catalog, and a fetcher that reaches only loopback. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CheckTest {
    @TempDir static Path dir;
    static TestSite site;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.withDemoChecker(dir, 6);
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    @Test
    void checkPageShadesTheClaimsAndShowsTheMatchedCaseWithItsReasons() {
        Http http = new Http(site.base());
        String csrf = http.csrf("/en/check");
        var r = http.form("/en/check", Map.of("_csrf", csrf, "text", "Thank you all for coming tonight. "
                + PageServer.NATO_SENTENCE + " Romania's unemployment rate rose to 5.6 percent in March, the statistics institute said. <b>Bold</b> claims abound."));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"report\"", PageServer.NATO_SENTENCE)
                .containsPattern("<blockquote class=\"cw cw-[2-4]\" lang=\"en\">")
                .contains("href=\"/en/cases/" + PageServer.NATO_CASE + "\"")
                .contains("class=\"verdict v-misleading\"").containsPattern("Confidence: \\d+%")
                .contains("Names in common: <span lang=\"en\">nato, russia</span>").contains("Semantic similarity: 0.")
                .contains("Compared with 47 published cases").contains("4 sentences read; 2 worth checking; one matches a known case.")
                .containsPattern("<div class=\"claim-match unmatched\" id=\"claim-\\d+\">\\s*<blockquote class=\"cw cw-\\d\" lang=\"en\">Romania's unemployment rate[^<]*</blockquote>"
                        + "\\s*<p class=\"meta\">Check-worthiness: \\d / 4</p>\\s*<p class=\"no-match\">No match claimed.</p>")
                .contains("&lt;b&gt;Bold&lt;/b&gt;");
        // Top-down: the summary names the matched case before the sentences, and the shading has its scale.
        String body = r.body();
        assertThat(body.indexOf("id=\"report-summary\"")).isPositive().isLessThan(body.indexOf("class=\"claim-match"));
        assertThat(body.substring(body.indexOf("id=\"report-summary\""), body.indexOf("class=\"claim-match")))
                .contains("repeats the case").contains("href=\"/en/cases/" + PageServer.NATO_CASE + "\"");
        assertThat(body).contains("id=\"legend\"").contains("0: hardly worth checking, 4: most worth checking");
    }

    @Test
    void aTextThatCannotBeCheckedKeepsTheFormAndSaysWhy() {
        Http http = new Http(site.base());
        String csrf = http.csrf("/en/check");
        var r = http.form("/en/check", Map.of("_csrf", csrf, "text",
                "Die Bundesregierung hat am Mittwoch neue Regeln für den Wohnungsbau beschlossen, sagte der Minister."));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("id=\"check-error\"", "The text is in 'de', which cannot be checked yet")
                .contains("Die Bundesregierung hat am Mittwoch").doesNotContain("id=\"report\"");
        var ro = http.form("/check", Map.of("_csrf", http.csrf("/check"), "text", " "));
        assertThat(ro.statusCode()).isEqualTo(400);
        assertThat(ro.body()).contains("Lipiți un text sau un link");
        var german = http.form("/check", Map.of("_csrf", http.csrf("/check"), "text",
                "Die Bundesregierung hat am Mittwoch neue Regeln für den Wohnungsbau beschlossen, sagte der Minister."));
        assertThat(german.body()).contains("care nu poate fi verificată încă").doesNotContain("cannot be checked");
    }

    @Test
    void postingWithoutTheSessionsCsrfTokenIsRefused() {
        Http http = new Http(site.base());
        http.get("/check");
        assertThat(http.form("/check", Map.of("text", "Vaccines carry a microchip.")).statusCode()).isEqualTo(403);
        assertThat(http.form("/check", Map.of("_csrf", "forged", "text", "Vaccines carry a microchip.")).statusCode()).isEqualTo(403);
        assertThat(new Http(site.base()).form("/login", Map.of("name", "x", "password", "y")).statusCode()).isEqualTo(403);
    }

    @Test
    @Order(Integer.MAX_VALUE) // exhausts this client's bucket, so it runs last
    void apiRefusesPrivateLinksWithoutConnectingAndRateLimitsEachClient() {
        Http http = new Http(site.base());
        var link = http.json("POST", "/api/v1/check", "{\"url\":\"http://10.0.0.1/admin\"}", null);
        assertThat(link.statusCode()).isEqualTo(422);
        assertThat(ApiTest.json(link.body()).get("error").asText()).contains("private, local or reserved");
        assertThat(http.json("POST", "/api/v1/check", "{}", null).statusCode()).isEqualTo(400);

        int limited = 0;
        for (int i = 0; i < 6; i++) {
            if (http.json("POST", "/api/v1/check", "{\"text\":\"Once more.\"}", null).statusCode() == 429) limited++;
        }
        assertThat(limited).isGreaterThanOrEqualTo(3);
    }
}
