package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers see where a case came back: on its page, its narrative's, the home page and the search sorted by it. */
class SightingPagesTest {
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
    void theCasePageShowsWhereItWasSeenAgain() {
        String en = http.get("/en/cases/nato-riga-war-plans").body();
        assertThat(en).contains("<h2>Seen again</h2>", "The claim came back once", "<strong translate=\"no\">Ria Vesti</strong>",
                "Russian", "href=\"https://ria-vesti.example/riga\"").doesNotContain("Sputnik Moldova");
        assertThat(http.get("/cases/nato-riga-war-plans").body()).contains("Văzută din nou", "rusă");
        assertThat(http.get("/en/cases/nato-promise-expansion").body()).doesNotContain("Seen again");
    }

    @Test
    void narrativeCountsItsCasesSightings() {
        assertThat(http.get("/en/narratives/nato-aggressor").body()).contains("Its cases were seen again once");
        assertThat(http.get("/en/narratives/biolabs").body()).contains("None of its cases was seen again");
    }

    @Test
    void homeShowsWhatIsResurfacingAndSearchSortsByIt() {
        assertThat(http.get("/en").body()).contains("Resurfacing now", "href=\"/en/cases/nato-riga-war-plans\" lang=\"en\">NATO ministers in Riga");
        String sorted = http.get("/en/cases?q=nato&sort=resurfaced").body();
        assertThat(sorted).contains("One case", "NATO ministers in Riga approved plans", "<option value=\"resurfaced\" selected>");
        assertThat(http.get("/en/cases?q=vaccine&sort=resurfaced").body()).contains("No case");
        assertThat(http.get("/en/cases?q=nato").body()).contains("27 cases");
    }
}
