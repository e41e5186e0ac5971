package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
            "/authors/{slug}", Map.of("ro", "ioana-muresan", "en", "ioana-muresan"));
    /** Pages that are not a reader's (editors', machine-readable) or need a signed-in editor. */
    static final List<String> NOT_READERS = List.of("/editor", "/api/", "/feeds/", "/sitemap", "/robots", "/health",
            "/metrics", "/logout");

    @TempDir static Path dir;
    @TempDir static Path profile;
    static TestSite site;
    static Browser browser;
    static String axe;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.demoSite(dir);
        browser = new Browser(profile);
        try (InputStream in = SitePagesIT.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            if (in == null) throw new IllegalStateException("axe-core is missing from the test classpath");
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
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
        String name = "walk-" + lang + "-" + path.replaceAll("[^a-zA-Z0-9]+", "-").replaceAll("^-|-$", "");
        browser.shot(name.length() > 80 ? name.substring(0, 80) : name);
        List<String> found = new ArrayList<>();
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).as(path).isEqualTo(lang);
        Set<String> foreign = new TreeSet<>();
        for (String word : ownLanguageText().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (("ro".equals(lang) ? ENGLISH : ROMANIAN).contains(word)) foreign.add(word);
        }
        if (!foreign.isEmpty()) found.add("words of the other language: " + foreign);
        found.addAll(axeViolations());
        if (!found.isEmpty()) problems.put(lang + " " + path, found);
    }

    /** The visible text whose nearest lang attribute is the page's own. */
    private static String ownLanguageText() {
        return (String) ((JavascriptExecutor) browser.driver).executeScript("""
                const page = document.documentElement.lang; const out = [];
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                  const el = walker.currentNode.parentElement;
                  if (!el || el.closest('script,style') || !el.checkVisibility()) continue;
                  const marked = el.closest('[lang]');
                  if (marked && marked.lang !== page) continue;
                  out.push(walker.currentNode.textContent);
                }
                for (const el of document.querySelectorAll('[placeholder],[aria-label],[title],[alt]')) {
                  const marked = el.closest('[lang]');
                  if (marked && marked.lang !== page) continue;
                  out.push(el.getAttribute('placeholder') || '', el.getAttribute('aria-label') || '', el.getAttribute('title') || '', el.getAttribute('alt') || '');
                }
                return out.join(' ');""");
    }

    @SuppressWarnings("unchecked")
    private static List<String> axeViolations() {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        js.executeScript(axe);
        List<String> out = new ArrayList<>();
        for (String options : List.of("{runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}",
                "{runOnly: {type: 'rule', values: ['page-has-heading-one', 'landmark-one-main']}}")) {
            List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "axe.run(document, " + options + ").then(r => done(r.violations.map(v => ({id: v.id, "
                            + "nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ': ' + (n.failureSummary || '').split('\\n')[1])}))))"
                            + ".catch(e => done([{id: 'axe failed', nodes: [String(e)]}]));");
            for (Map<String, Object> v : violations) out.add("axe " + v.get("id") + " " + v.get("nodes"));
        }
        return out;
    }
}
