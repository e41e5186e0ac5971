package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.catalog.CaseJson;

/**
 * Every payload of the XSS corpus goes into every text field of a case (through the API and the editor form), a
 * narrative and a publication; every page that shows them must keep them inert: no script of the user's, no event
 * handler attribute, no javascript: or data:text/html link.
 */
class SecurityXssTest {
    @TempDir static Path dir;
    static TestSite site;

    @BeforeAll
    static void start() {
        site = new TestSite(dir, null, null, 1000);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static List<String> payloads() throws IOException {
        try (InputStream in = SecurityXssTest.class.getResourceAsStream("/org/menagerie/web/security/xss-payloads.txt")) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line);
            }
            return out;
        }
    }

    @Test
    void theCorpusIsInertOnEveryPageThatShowsIt() throws Exception {
        List<String> payloads = payloads();
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(50);
        Http editor = new Http(site.base());
        editor.login(TestSite.EDITOR, TestSite.EDITOR_PASSWORD);
        Http reader = new Http(site.base());
        int pagesChecked = 0;
        for (int i = 0; i < payloads.size(); i++) {
            String p = payloads.get(i);
            String apiId = "xss-api-" + i, formId = "xss-form-" + i, narrative = "xss-n-" + i, slug = "xss-p-" + i;

            var put = editor.json("PUT", "/api/v1/cases/" + apiId, caseJson(apiId, p, true), site.token);
            if (put.statusCode() == 400) put = editor.json("PUT", "/api/v1/cases/" + apiId, caseJson(apiId, p, false), site.token);
            assertThat(put.statusCode()).as("API write of payload %d: %s", i, put.body()).isIn(200, 201);
            assertThat(put.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");

            Map<String, String> form = new LinkedHashMap<>();
            form.put("_csrf", editor.csrf("/editor/cases/new"));
            form.put("id", formId);
            for (String f : List.of("title", "claim", "summary", "debunk", "originalLabel", "countries", "keywords", "reviewer")) form.put(f, p);
            form.put("verdict", "FALSE");
            form.put("languages", "en");
            form.put("appearances", "outlet.example | " + p.replace("|", "") + " |");
            form.put("action", "publish");
            var saved = editor.form("/editor/cases", form);
            if (saved.statusCode() == 400) {
                form.put("appearances", "outlet.example | https://outlet.example/a |");
                saved = editor.form("/editor/cases", form);
            }
            assertThat(saved.statusCode()).as("form write of payload %d", i).isEqualTo(302);
            inert(saved.body(), "form response " + i);

            Map<String, String> n = new LinkedHashMap<>();
            n.put("_csrf", editor.csrf("/editor/narratives/new"));
            n.put("id", narrative);
            n.put("name", p);
            n.put("description", p);
            n.put("languages", "en");
            n.put("action", "publish");
            assertThat(editor.form("/editor/narratives", n).statusCode()).as("narrative %d", i).isEqualTo(302);

            Map<String, String> pub = new LinkedHashMap<>();
            pub.put("_csrf", editor.csrf("/editor/publications/new"));
            pub.put("kind", "ANALYSIS");
            pub.put("language", "en");
            pub.put("slug", slug);
            pub.put("title", p);
            pub.put("author", p);
            pub.put("tags", p.replace(",", ""));
            pub.put("body", "Intro.\n\n" + p + "\n\nMore " + p + " text.");
            pub.put("action", "publish");
            assertThat(editor.form("/editor/publications", pub).statusCode()).as("publication %d", i).isEqualTo(302);

            for (String path : List.of("/cases/" + apiId, "/en/cases/" + formId, "/en/narratives/" + narrative,
                    "/en/analyses/" + slug, "/en/cases?q=" + URLEncoder.encode(p, StandardCharsets.UTF_8),
                    "/editor/cases/" + formId)) {
                var page = (path.startsWith("/editor") ? editor : reader).get(path);
                // A search whose text the query syntax rejects is a 400 page; it must be as inert as any other.
                assertThat(page.statusCode()).as(path).isIn(200, path.contains("?q=") ? 400 : 200);
                inert(page.body(), path);
                pagesChecked++;
            }
        }
        for (String path : List.of("/", "/en/cases", "/en/narratives", "/en/analyses", "/editor")) {
            inert((path.equals("/editor") ? editor : reader).get(path).body(), path);
        }
        assertThat(pagesChecked).isEqualTo(6 * payloads.size());
    }

    private static String caseJson(String id, String p, boolean urls) {
        ObjectNode n = CaseJson.MAPPER.createObjectNode();
        n.put("id", id);
        for (String f : List.of("title", "claim", "summary", "debunk", "originalLabel", "reviewer")) n.put(f, p);
        if (urls) n.put("reviewUrl", p);
        n.putArray("keywords").add(p);
        n.putArray("countries").add(p);
        n.putArray("languages").add("en");
        n.put("verdict", "FALSE");
        n.put("status", "PUBLISHED");
        n.putObject("provenance").put("dataset", "api");
        ObjectNode a = n.putArray("appearances").addObject();
        a.put("outlet", p);
        if (urls) a.put("url", p);
        return n.toString();
    }

    /** Fails when the page carries anything that would run: a script of the user's, a handler, a script URL. */
    static void inert(String html, String where) {
        Document doc = Jsoup.parse(html);
        for (Element script : doc.select("script")) {
            String type = script.attr("type").toLowerCase(Locale.ROOT);
            if (type.equals("application/ld+json")) {
                try {
                    CaseJson.MAPPER.readTree(script.data());
                } catch (IOException e) {
                    throw new AssertionError(where + ": structured data broken out of: " + script.outerHtml(), e);
                }
                continue;
            }
            assertThat(script.attr("src")).as(where + ": inline or foreign script " + script.outerHtml()).startsWith("/assets/");
        }
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as(where + ": event handler on <" + e.tagName() + ">: " + e.outerHtml()).doesNotStartWith("on");
                String value = a.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
                if (List.of("href", "src", "action", "formaction", "data", "xlink:href", "srcdoc", "background", "poster").contains(name)) {
                    assertThat(value).as(where + ": script URL in " + e.outerHtml())
                            .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:text/html");
                }
                if (name.equals("srcdoc")) throw new AssertionError(where + ": srcdoc in " + e.outerHtml());
            }
        }
        assertThat(doc.select("iframe, object, embed, base, meta[http-equiv], svg, math, form[action^=javascript]"))
                .as(where + ": active element from user content").isEmpty();
    }
}
