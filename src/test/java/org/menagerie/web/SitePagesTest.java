package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's pages over a real server: language, search, case pages, publications, feeds and headers. */
class SitePagesTest {
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

    @Test
    void homeLeadsToTheMenagerieInRomanianAndEnglish() {
        String ro = http.get("/").body();
        assertThat(ro).contains("<html lang=\"ro\"", "Verifică Menajeria de Fake News", "href=\"/cases\"")
                .contains("Riga, decembrie 2021").contains("Buletin săptămânal");
        String en = http.get("/en").body();
        assertThat(en).contains("<html lang=\"en\"", "Check the Fake News Menagerie", "href=\"/en/cases\"")
                .contains("Riga, December 2021").doesNotContain("Riga, decembrie 2021");
        assertThat(http.get("/cases?lang=en").body()).contains("Search the menagerie");
    }

    @Test
    void searchHighlightsFacetsAndPages() {
        String page = http.get("/cases?q=nato").body();
        assertThat(page).contains("<mark>NATO</mark>").contains("27 de cazuri").contains("rel=\"next\"");
        assertThat(page).contains("href=\"?q=nato&amp;country=Russia\"");
        String filtered = http.get("/cases?q=nato&country=Latvia").body();
        assertThat(filtered).contains("Un caz").contains("NATO ministers in Riga approved plans");
        String second = http.get("/cases?q=nato&page=2").body();
        assertThat(second).contains("Pagina 2 din 2").contains("rel=\"prev\"");
        assertThat(http.get("/cases?q=riga+ministers&verdict=FALSE").body()).contains("Niciun caz");
    }

    @Test
    void casePageShowsTheVerdictTheDebunkAndClaimReviewData() {
        String page = http.get("/en/cases/nato-riga-war-plans").body();
        assertThat(page).contains("class=\"verdict v-disinformation\">Disinformation</span>")
                .contains("The meeting took no military decision")
                .contains("example-outlet.ru")
                .contains("href=\"/en/narratives/nato-aggressor\"")
                .contains("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"ClaimReview\"")
                .contains("History (one version)").contains("fixture");
        assertThat(page.substring(page.indexOf("Related cases"))).containsPattern("/en/cases/nato-(bases-\\d+|promise-expansion)");
    }

    @Test
    void userTextIsEscapedEverywhere() {
        String page = http.get("/cases/xss-probe").body();
        assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
        assertThat(page).doesNotContain("<b>HTML</b>");
        String ld = page.substring(page.indexOf("application/ld+json"));
        assertThat(ld).contains("\\u003cscript\\u003e").contains("\\u003c/script\\u003e");
        assertThat(http.get("/cases?q=%3Cscript%3E").body()).doesNotContain("value=\"<script>");
    }

    @Test
    void unknownPagesAre404WithAnErrorPage() {
        HttpResponse<String> r = http.get("/cases/no-such-case");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("Pagina nu există");
        assertThat(http.get("/no/such/page").statusCode()).isEqualTo(404);
        assertThat(http.get("/cases?page=abc").statusCode()).isEqualTo(400);
    }

    @Test
    void securityHeadersAreOnEveryResponse() {
        for (String path : new String[] {"/", "/cases", "/api/v1/cases", "/nowhere"}) {
            var headers = http.get(path).headers();
            assertThat(headers.firstValue("Content-Security-Policy")).get().asString()
                    .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).isPresent();
        }
        assertThat(http.get("/").body()).doesNotContain("<script src").doesNotContain("https://fonts.");
    }

    @Test
    void analysisPageHasAuthorTagsCreditsAndRelatedReading() {
        String page = http.get("/en/analyses/analysis-riga-nato-2021").body();
        assertThat(page).contains("Ioana Mureșan").contains("href=\"/en/authors/ioana-muresan\"")
                .contains("#russia").contains("Photo credits").contains("You might also be interested in")
                .contains("Weekly bulletin, 29 November").contains("/en/cases/");
        assertThat(http.get("/analyses").body()).contains("Riga, decembrie 2021").doesNotContain("Riga, December 2021");
        assertThat(http.get("/en/bulletins").body()).contains("Weekly bulletin, 13 – 19 December 2021");
        assertThat(http.get("/bulletins/analiza-riga-nato-2021").statusCode()).isEqualTo(404);
    }

    @Test
    void topicAndAuthorPagesGatherPublicationsAndCases() {
        String topic = http.get("/topics/rusia").body();
        assertThat(topic).contains("#rusia").contains("Riga, decembrie 2021").contains("Cazuri în Menajerie")
                .contains("/cases/nato-riga-war-plans");
        String author = http.get("/en/authors/ioana-muresan").body();
        assertThat(author).contains("Ioana Mureșan").contains("Riga, December 2021").contains("Riga, decembrie 2021");
        assertThat(http.get("/authors/nobody").statusCode()).isEqualTo(404);
    }

    @Test
    void narrativePageListsItsCases() {
        String page = http.get("/narratives/nato-aggressor").body();
        assertThat(page).contains("NATO is the aggressor").contains("Cazuri (28)");
    }

    @Test
    void feedsAndSitemapListWhatIsPublished() {
        HttpResponse<String> rss = http.get("/feeds/analyses.rss");
        assertThat(rss.headers().firstValue("Content-Type")).get().asString().startsWith("application/rss+xml");
        assertThat(rss.body()).contains("<rss", "Riga, decembrie 2021", "http://menagerie.test/analyses/analiza-riga-nato-2021");
        assertThat(http.get("/en/feeds/bulletins.atom").body()).contains("<feed", "Weekly bulletin");
        assertThat(http.get("/feeds/cases.rss").body()).contains("NATO ministers in Riga").contains("http://menagerie.test/cases/");
        assertThat(http.get("/sitemap.xml").body()).contains("<loc>http://menagerie.test/cases/nato-riga-war-plans</loc>")
                .contains("<loc>http://menagerie.test/en/analyses/analysis-riga-nato-2021</loc>");
    }

    @Test
    void feedsSayTheirLanguageLinkTheirOwnLanguageAndDateItemsByTheirReview() throws Exception {
        var input = new com.rometools.rome.io.SyndFeedInput();
        var en = input.build(new java.io.StringReader(http.get("/en/feeds/cases.rss").body()));
        assertThat(en.getLanguage()).isEqualTo("en");
        assertThat(en.getLink()).isEqualTo("http://menagerie.test/en/cases");
        assertThat(en.getEntries()).isNotEmpty().allSatisfy(e -> assertThat(e.getLink()).startsWith("http://menagerie.test/en/cases/"));
        var riga = en.getEntries().stream().filter(e -> e.getLink().endsWith("/nato-riga-war-plans")).findFirst().orElseThrow();
        assertThat(riga.getPublishedDate().toInstant()).isEqualTo(java.time.Instant.parse("2021-12-02T00:00:00Z"));
        String atom = http.get("/feeds/bulletins.atom").body();
        assertThat(atom).contains("xml:lang=\"ro\"").contains("rel=\"self\"")
                .contains("href=\"http://menagerie.test/feeds/bulletins.atom\"");
        var ro = input.build(new java.io.StringReader(http.get("/feeds/analyses.rss").body()));
        assertThat(ro.getLanguage()).isEqualTo("ro");
    }

    @Test
    void healthAndMetrics() {
        assertThat(http.get("/health").body()).contains("\"status\":\"ok\"");
        http.get("/cases/nato-riga-war-plans");
        String metrics = http.get("/metrics").body();
        assertThat(metrics).contains("http_requests_total{method=\"GET\",route=\"/cases/{id}\",status=\"200\"}")
                .contains("http_request_duration_seconds_sum").contains("jvm_memory_used_bytes{area=\"heap\"}");
    }

    @Test
    void checkPageSaysSoWhenNoCheckerIsInstalled() {
        assertThat(http.get("/check").body()).contains("id=\"check-unavailable\"");
        String csrf = http.csrf("/check");
        var r = http.form("/check", java.util.Map.of("_csrf", csrf, "text", "Anything."));
        assertThat(r.statusCode()).isEqualTo(503);
    }
}
