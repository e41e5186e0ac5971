package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check page and endpoint around {@code check(text, language)}, wired here to the test-only stand-in checker, and a
 * link reader that refuses everything (as the safe fetcher refuses private addresses).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CheckTest {
    @TempDir static Path dir;
    static TestSite site;
    static final AtomicReference<String> lastLink = new AtomicReference<>();

    @BeforeAll
    static void start() {
        AtomicReference<CaseFinder> finder = new AtomicReference<>();
        site = new TestSite(dir, (text, lang) -> TestSite.fixtureCheck(finder.get(), text, lang), link -> {
            lastLink.set(link.toString());
            throw new java.io.IOException("refused: " + link.getHost() + " is a loopback address");
        }, 4);
        finder.set(site.site.finder());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void checkPageShadesSentencesAndShowsMatchedCases() {
        Http http = new Http(site.base());
        String csrf = http.csrf("/en/check");
        var r = http.form("/en/check", Map.of("_csrf", csrf,
                "text", "The weather was fine. Everyone knows vaccines carry a microchip. <b>Bold</b> claims abound."));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("class=\"cw cw-4\"", "class=\"cw cw-0\"", "Everyone knows vaccines carry a microchip.")
                .contains("href=\"/en/cases/vaccine-microchip\"").contains("Match: 87%").contains("shares the words")
                .contains("&lt;b&gt;Bold&lt;/b&gt;").contains("3 sentences, 1 with matches");
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
    void apiChecksTextRefusesPrivateLinksAndRateLimitsEachClient() {
        Http http = new Http(site.base());
        var ok = http.json("POST", "/api/v1/check", "{\"text\":\"Biolabs in Ukraine make weapons.\",\"language\":\"en\"}", null);
        assertThat(ok.statusCode()).isEqualTo(200);
        var report = ApiTest.json(ok.body());
        assertThat(report.at("/sentences/0/matches/0/caseId").asText()).isEqualTo("biolabs-ukraine");
        assertThat(report.at("/sentences/0/checkworthiness").asDouble()).isEqualTo(0.9);

        var link = http.json("POST", "/api/v1/check", "{\"url\":\"http://127.0.0.1:22/\"}", null);
        assertThat(link.statusCode()).isEqualTo(422);
        assertThat(ApiTest.json(link.body()).get("error").asText()).contains("loopback");
        assertThat(lastLink.get()).isEqualTo("http://127.0.0.1:22/");
        assertThat(http.json("POST", "/api/v1/check", "{}", null).statusCode()).isEqualTo(400);

        int limited = 0;
        for (int i = 0; i < 6; i++) {
            if (http.json("POST", "/api/v1/check", "{\"text\":\"Once more.\"}", null).statusCode() == 429) limited++;
        }
        assertThat(limited).isGreaterThanOrEqualTo(3);
    }
}
