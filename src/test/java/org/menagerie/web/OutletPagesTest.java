package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outlets' pages over a real server: list and health, repeat offenders, a profile, and the editors' forms. */
class OutletPagesTest {
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
    void listShowsSourcesTheirHealthAndTheRepeatOffenders() {
        String ro = http.get("/outlets").body();
        assertThat(ro).contains("<html lang=\"ro\"", "Publicațiile urmărite", "Recidiviștii", "Ria Vesti", "Sputnik Moldova")
                .contains("https://ria-vesti.example/sitemap.xml").contains("oprită").contains("robots.txt disallows it")
                .contains("prea nouă pentru a spune").doesNotContain("Reia</button>");
        // Ria Vesti has the confirmed sighting, so it ranks first.
        assertThat(ro.indexOf("<td>1</td><th scope=\"row\"><a href=\"/outlets/ria-vesti\""))
                .isPositive().isLessThan(ro.indexOf("<td>2</td>"));
        String en = http.get("/en/outlets").body();
        assertThat(en).contains("<html lang=\"en\"", "Outlets we watch", "Repeat offenders", "href=\"/en/outlets/ria-vesti\"");
    }

    @Test
    void profileShowsCasesCarriedRepeatsChartAndStories() {
        String en = http.get("/en/outlets/ria-vesti").body();
        assertThat(en).contains("<h1 translate=\"no\">Ria Vesti</h1>", "Russia", "Cases it carried",
                        "href=\"/en/cases/nato-riga-war-plans\"", "NATO ministers in Riga approved plans to attack Russia",
                        "one confirmed sighting and one alert; 100.0 sightings per 100 articles", "href=\"/en/narratives/nato-aggressor\"")
                .contains("<svg", "role=\"img\"", "aria-labelledby=\"chart-outlet-title chart-outlet-desc\"")
                .contains("also carried by", "Ria Vesti, Sputnik Moldova", "confirmed");
        assertThat(http.get("/outlets/ria-vesti").body()).contains("Cazurile preluate", "Rusia", "100,0 reapariții la 100 de articole");
        assertThat(http.get("/outlets/no-such-outlet").statusCode()).isEqualTo(404);
    }

    @Test
    void editorsAddAnOutletAndResumeAPausedSource() {
        Http editor = new Http(site.base());
        editor.login(TestSite.EDITOR, TestSite.EDITOR_PASSWORD);
        assertThat(editor.get("/outlets").body()).contains("Reia</button>", "Adăugați o publicație");
        var added = editor.form("/en/editor/outlets", Map.of("_csrf", editor.csrf("/outlets"), "name", "Baltic Herald",
                "home", "https://baltic-herald.example", "country", "LV", "languages", "en, lv", "feeds", "https://baltic-herald.example/feed"));
        assertThat(added.headers().firstValue("Location")).contains("/en/outlets/baltic-herald");
        assertThat(editor.get("/en/outlets/baltic-herald").body()).contains("https://baltic-herald.example/feed", "Latvia", "Find its feeds");

        var store = site.menagerie().monitoring().outlets();
        var feed = store.sources("baltic-herald").get(0);
        store.update(feed.paused("404 three times"));
        Map<String, String> resume = Map.of("outlet", "baltic-herald", "source", feed.id());
        Http anonymous = new Http(site.base());
        var refused = anonymous.form("/editor/sources/resume", with(resume, "_csrf", anonymous.csrf("/login")));
        assertThat(refused.statusCode()).isIn(302, 401);
        assertThat(editor.form("/editor/sources/resume", resume).statusCode()).isEqualTo(403);
        var resumed = editor.form("/editor/sources/resume", with(resume, "_csrf", editor.csrf("/outlets")));
        assertThat(resumed.statusCode()).isEqualTo(302);
        assertThat(store.sources("baltic-herald")).noneMatch(s -> s.paused());
    }

    private static Map<String, String> with(Map<String, String> m, String k, String v) {
        var out = new java.util.HashMap<>(m);
        out.put(k, v);
        return out;
    }
}
