package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trends page draws alerts and sightings per week as SVG with a table and a CSV of the same numbers. */
class TrendPagesTest {
    @TempDir static Path dir;
    static TestSite site;
    static Http http;

    @BeforeAll
    static void start() {
        site = new TestSite(dir, null, null, 20);
        Monitored.seed(site.menagerie(), "nato-riga-war-plans", Instant.now());
        http = new Http(site.base());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void trendsByNarrativeInBothLanguages() {
        String ro = http.get("/trends").body();
        assertThat(ro).contains("<html lang=\"ro\"", "Reapariții pe săptămână, pe narațiune", "<svg", "<title id=\"chart-sightings-title\">",
                "<desc id=\"chart-sightings-desc\">", "NATO is the aggressor", "href=\"/trends.csv?by=narrative&amp;weeks=12\"");
        String en = http.get("/en/trends?by=outlet&weeks=4").body();
        assertThat(en).contains("Sightings per week, by outlet", "Alerts per week, by outlet", "Ria Vesti", "Sputnik Moldova",
                "<option value=\"outlet\" selected>");
        assertThat(http.get("/en/trends?weeks=0").statusCode()).isEqualTo(400);
    }

    @Test
    void csvHasOneLinePerGroupAndWeek() {
        var r = http.get("/trends.csv?by=language&weeks=2");
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        String[] lines = r.body().split("\n");
        assertThat(lines[0]).isEqualTo("language,week,alerts,sightings");
        // ru: one alert and one sighting; ro: one alert; two weeks each.
        assertThat(lines).hasSize(5);
        long alerts = 0, sightings = 0;
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",");
            alerts += Long.parseLong(cells[2]);
            sightings += Long.parseLong(cells[3]);
        }
        assertThat(alerts).isEqualTo(2);
        assertThat(sightings).isEqualTo(1);
    }
}
