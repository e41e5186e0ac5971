package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every reader's page of the demo site, listed from the router (a page added later is walked without touching this
 * test, or fails it until it has a sample address), in both languages, in headless Chromium: no text of the other
 * language outside elements marked with their own {@code lang}, and no axe-core violation of WCAG 2.1 A and AA (plus
 * one h1 and one main per page). The check page is walked with a result, and the 404 and 400 pages too.
 * Screenshots: target/screenshots/walk-*.png.
 */
class SitePagesIT {
    /** Words that only English writes, and only Romanian (no word both languages spell alike: "are", "case", "in"). */
    static final Set<String> ENGLISH = Set.of("the", "and", "of", "is", "was", "were", "with", "for", "not", "this", "that",
            "from", "by", "has", "have", "been", "which", "their", "its", "to", "on", "at", "be", "or", "will", "would",
            "said", "claim", "source", "label", "history", "versions", "search", "page", "why", "what", "more", "read", "cases");
    static final Set<String> ROMANIAN = Set.of("și", "este", "sunt", "pentru", "din", "care", "nu", "cu", "sau", "despre",
            "că", "fost", "această", "acest", "cazuri", "cazul", "afirmația", "verificat", "pagina", "înapoi", "înainte",
            "toate", "ale", "lui", "dintre", "între", "către", "prin", "după", "până", "pe", "cele", "unui", "unei");
    /** Sample values for the routes' parameters, per language. */
    static final Map<String, Map<String, String>> SAMPLES = Map.of(
            "/cases/{id}", Map.of("ro", "demo-nato-hardware-near-russian-borders", "en", "demo-ro-vaccinuri-grafen"),
            "/narratives/{id}", Map.of("ro", "nato-encirclement", "en", "nato-encirclement"),
            "/analyses/{slug}", Map.of("ro", "analiza-riga-nato-2021", "en", "analysis-riga-nato-2021"),
            "/bulletins/{slug}", Map.of("ro", "buletin-2021-48", "en", "bulletin-2021-48"),
            "/topics/{tag}", Map.of("ro", "rusia", "en", "russia"),
            "/authors/{slug}", Map.of("ro", "ioana-muresan", "en", "ioana-muresan"),
            "/outlets/{id}", Map.of("ro", Monitored.OUTLET, "en", Monitored.OUTLET));
    /** Pages that are not a reader's (editors', machine-readable) or need a signed-in editor. */
    static final List<String> NOT_READERS = List.of("/editor", "/api/", "/feeds/", "/sitemap", "/robots", "/health",
            "/metrics", "/logout", "/trends.csv");

    @TempDir static Path dir;
    @TempDir static Path profile;
    static TestSite site;
    static Browser browser;
    static PageAudit audit;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.demoSite(dir);
        browser = new Browser(profile);
        audit = new PageAudit(browser);
        // Monitoring's records, so that the outlets, trends and sightings are walked with something to show.
        Monitored.seed(site.menagerie(), "demo-nato-hardware-near-russian-borders", java.time.Instant.now());
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (site != null) site.close();
    }

    /** The readers' page routes of the app, with their parameters filled in for {@code lang}. */
    static List<String> pages(String lang) {
        List<String> out = new ArrayList<>();
        var app = WebApp.create(site.site);
        for (var e : app.unsafe.internalRouter.allHttpHandlers()) {
            String path = e.endpoint.path;
            if (!e.endpoint.method.name().equals("GET") || path.startsWith("/en") || path.startsWith("/assets")) continue;
            if (NOT_READERS.stream().anyMatch(path::startsWith)) continue;
            if (path.contains("{")) {
                Map<String, String> sample = SAMPLES.get(path);
                if (sample == null) throw new AssertionError("a new page " + path + ": give SitePagesIT.SAMPLES an address for it");
                path = path.replaceAll("\\{[^}]+}", sample.get(lang));
            }
            out.add(("en".equals(lang) ? ("/".equals(path) ? "/en" : "/en" + path) : path));
        }
        return out;
    }

    @Test
    void everyPageSpeaksOneLanguageAndPassesAxe() throws Exception {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (String lang : List.of("ro", "en")) {
            List<String> pages = new ArrayList<>(pages(lang));
            String prefix = "en".equals(lang) ? "/en" : "";
            pages.add(prefix + "/cases/no-such-case");
            pages.add(prefix + "/cases?q=nato&page=abc");
            pages.add(prefix + "/cases?q=nato");
            pages.add(prefix + "/cases?q=nato&sort=resurfaced");
            for (String by : List.of("case", "outlet", "country", "language")) pages.add(prefix + "/trends?by=" + by);
            for (String path : pages) {
                browser.driver.get(site.base() + path);
                inspect(lang, path, problems);
            }
            // The check page with a result.
            browser.driver.get(site.base() + prefix + "/check");
            browser.driver.findElement(By.id("text")).sendKeys("The foreign ministers met in Stockholm on Thursday. "
                    + "Lavrov said that " + PageServer.NATO_SENTENCE + " " + PageServer.NATO_SENTENCE
                    + " Romania's unemployment rate rose to 5.6 percent in March.");
            browser.driver.findElement(By.cssSelector(".check-form button")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report")));
            inspect(lang, prefix + "/check (result)", problems);
        }
        assertThat(problems).isEmpty();
    }

    private static void inspect(String lang, String path, Map<String, List<String>> problems) throws Exception {
        List<String> found = audit.inspect(lang, path);
        if (!found.isEmpty()) problems.put(lang + " " + path, found);
    }
}
