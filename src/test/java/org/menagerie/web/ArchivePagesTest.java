package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /editor/articles: who may open it, its facets as links, and each hit's other outlets, in both languages. */
class ArchivePagesTest {
    @TempDir static Path dir;
    static TestSite site;
    static Http editor;

    @BeforeAll
    static void start() {
        site = new TestSite(dir, null, null, 20);
        Monitored.seed(site.menagerie(), "nato-riga-war-plans", Instant.parse("2026-03-10T12:00:00Z"));
        editor = new Http(site.base());
        editor.login(TestSite.EDITOR, TestSite.EDITOR_PASSWORD);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void readersAreSentToSignIn() {
        var anonymous = new Http(site.base()).get("/editor/articles");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).contains("/login");
    }

    @Test
    void hitsShowTheirSnippetAndTheOtherOutletsAndFacetsAreLabelledLinks() {
        String en = editor.get("/en/editor/articles?q=riga").body();
        assertThat(en).contains("<h1>Article archive</h1>", "<label for=\"q\">Search the articles</label>", "2 articles",
                "<mark>Riga</mark>", "Also carried by: <span translate=\"no\">" + Monitored.OTHER + "</span>",
                "Also carried by: <span translate=\"no\">" + Monitored.OUTLET_NAME + "</span>",
                "<h2>Outlet</h2>", "<h2>Stories carried more than once</h2>", "href=\"?q=riga&amp;outlet=Ria+Vesti\"");
        String ro = editor.get("/editor/articles?q=riga").body();
        assertThat(ro).contains("<h1>Arhiva articolelor</h1>", "2 articole", "Preluat și de:");
    }

    @Test
    void aChosenFacetValueSaysSoInWordsAndNarrowsTheHits() {
        String filtered = editor.get("/en/editor/articles?q=riga&outlet=Ria+Vesti").body();
        assertThat(filtered).contains("One article", "aria-current=\"true\"", "(filter on; follow to remove)",
                "href=\"?q=riga\"");
        String month = editor.get("/en/editor/articles?from=2026-03-01&to=2026-03-31").body();
        assertThat(month).contains("2 articles", "(filter on; follow to remove)");
    }

    @Test
    void aBadDateIsAnErrorPageInThePagesLanguage() {
        var r = editor.get("/en/editor/articles?from=soon");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("from must be a date");
    }
}
