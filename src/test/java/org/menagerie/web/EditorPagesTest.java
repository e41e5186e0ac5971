package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import java.time.LocalDate;
import java.util.List;
import org.menagerie.catalog.Appearance;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Narrative;
import org.menagerie.catalog.Provenance;
import org.menagerie.catalog.Status;
import org.menagerie.catalog.Translation;
import org.menagerie.catalog.Verdict;

/** Editors sign in, edit and publish cases and publications; revisions are kept and shown. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditorPagesTest {
    @TempDir static Path dir;
    static TestSite site;

    @BeforeAll
    static void start() {
        site = new TestSite(dir, null, null, 20);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void signingInSetsAFreshHttpOnlySameSiteCookie() {
        Http http = new Http(site.base());
        String before = http.get("/login").headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(before).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        var wrong = http.login(TestSite.EDITOR, "not the password");
        assertThat(wrong.statusCode()).isEqualTo(401);
        var ok = http.login(TestSite.EDITOR, TestSite.EDITOR_PASSWORD);
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(ok.headers().firstValue("Location")).contains("/editor");
        assertThat(ok.headers().firstValue("Set-Cookie").orElseThrow()).isNotEqualTo(before);
        assertThat(http.get("/editor").body()).contains("Redacție").contains(TestSite.EDITOR);
    }

    @Test
    void editorPagesNeedASignedInEditorAndAccountsAnAdmin() {
        Http anonymous = new Http(site.base());
        var r = anonymous.get("/editor/cases/vaccine-microchip");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).contains("/login");
        Http editor = new Http(site.base());
        editor.login(TestSite.EDITOR, TestSite.EDITOR_PASSWORD);
        assertThat(editor.get("/editor/accounts").statusCode()).isEqualTo(403);
        Http admin = new Http(site.base());
        admin.login(TestSite.ADMIN, TestSite.ADMIN_PASSWORD);
        assertThat(admin.get("/editor/accounts").statusCode()).isEqualTo(200);
    }

    @Test
    void aCaseIsDraftedThenPublishedWithItsHistoryVisible() {
        Http http = new Http(site.base());
        http.login(TestSite.EDITOR, TestSite.EDITOR_PASSWORD);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", http.csrf("/editor/cases/new"));
        form.put("title", "Troops near Ukraine are only on exercise");
        form.put("claim", "The Russian troops massed near Ukraine in late 2021 were only on a routine exercise.");
        form.put("debunk", "The build-up lasted for months and was followed by the invasion of February 2022.");
        form.put("verdict", "FALSE");
        form.put("languages", "en");
        form.put("countries", "Russia, Ukraine");
        form.put("keywords", "military, exercise");
        form.put("appearances", "example-outlet.ru | https://example-outlet.ru/exercise | 2021-11-30");
        form.put("action", "draft");
        var saved = http.form("/editor/cases", form);
        assertThat(saved.statusCode()).isEqualTo(302);
        String id = "editor-troops-near-ukraine-are-only-on-exercise";
        assertThat(saved.headers().firstValue("Location")).contains("/cases/" + id);
        assertThat(site.cases.get(id).orElseThrow().status()).isEqualTo(Status.DRAFT);
        assertThat(new Http(site.base()).get("/cases/" + id).statusCode()).isEqualTo(404);
        assertThat(http.get("/cases?q=exercise").body()).contains("Troops near Ukraine").contains("ciornă");
        assertThat(new Http(site.base()).get("/cases?q=exercise").body()).doesNotContain("Troops near Ukraine");

        form.put("id", id);
        form.put("action", "publish");
        assertThat(http.form("/editor/cases", form).statusCode()).isEqualTo(302);
        assertThat(site.cases.get(id).orElseThrow().status()).isEqualTo(Status.PUBLISHED);
        String page = new Http(site.base()).get("/cases/" + id).body();
        assertThat(page).contains("Troops near Ukraine").contains("Istoric (2 versiuni)").contains("status");
        assertThat(http.get("/editor/cases/" + id).body()).contains("v2 · " + TestSite.EDITOR);

        form.put("reviewDate", "not a date");
        var bad = http.form("/editor/cases", form);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("reviewDate must be a date").contains("value=\"not a date\"");
    }

    @Test
    void savingACaseAsTheFormShowsItKeepsItsAppearancesArchiveLinks() {
        List<Appearance> appearances = List.of(
                new Appearance("outlet-a.example", "https://outlet-a.example/story", LocalDate.of(2022, 3, 1),
                        "https://web.archive.org/web/2022/https://outlet-a.example/story"),
                new Appearance("outlet-b.example", "https://outlet-b.example/story", null,
                        "https://archive.ph/abcde"),
                new Appearance("outlet-c.example", "https://outlet-c.example/story", LocalDate.of(2022, 3, 2), null));
        Case c = Case.builder("archived-appearances", "Archived appearances survive the editor.")
                .title("Archived appearances").verdict(Verdict.FALSE).languages(List.of("en"))
                .appearances(appearances).provenance(Provenance.ofEditor("fixture")).build();
        site.cases.put(c, "fixture");
        Http http = new Http(site.base());
        http.login(TestSite.EDITOR, TestSite.EDITOR_PASSWORD);
        String page = http.get("/editor/cases/archived-appearances").body();
        String shown = page.substring(page.indexOf('>', page.indexOf("id=\"appearances\"")) + 1,
                page.indexOf("</textarea>", page.indexOf("id=\"appearances\"")));
        assertThat(shown).contains("https://archive.ph/abcde");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", http.csrf("/editor/cases/archived-appearances"));
        form.put("id", "archived-appearances");
        form.put("title", "Archived appearances");
        form.put("claim", "Archived appearances survive the editor.");
        form.put("verdict", "FALSE");
        form.put("languages", "en");
        form.put("appearances", shown.replace("&amp;", "&"));
        form.put("action", "publish");
        assertThat(http.form("/editor/cases", form).statusCode()).isEqualTo(302);
        assertThat(site.cases.get("archived-appearances").orElseThrow().appearances()).isEqualTo(appearances);
    }

    @Test
    void savingANarrativeKeepsItsTranslations() {
        var translations = Map.of("ro", new Translation("Laboratoare secrete", null, "Laboratoare finanțate de SUA.", null));
        site.cases.putNarrative(new Narrative("translated", "Secret labs", "US-funded labs.", List.of("en", "ro"),
                Status.PUBLISHED, translations));
        Http http = new Http(site.base());
        http.login(TestSite.EDITOR, TestSite.EDITOR_PASSWORD);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", http.csrf("/editor/narratives/translated"));
        form.put("id", "translated");
        form.put("name", "Secret biological labs");
        form.put("description", "US-funded labs, it is said, make weapons.");
        form.put("languages", "en, ro");
        form.put("action", "publish");
        assertThat(http.form("/editor/narratives", form).statusCode()).isEqualTo(302);
        Narrative saved = site.cases.narrative("translated").orElseThrow();
        assertThat(saved.name()).isEqualTo("Secret biological labs");
        assertThat(saved.translations()).isEqualTo(translations);
        assertThat(new Http(site.base()).get("/narratives/translated").body()).contains("Laboratoare secrete");
    }

    @Test
    void aPublicationIsRenderedSafelyAndOnlyShownOncePublished() {
        Http http = new Http(site.base());
        http.login(TestSite.EDITOR, TestSite.EDITOR_PASSWORD);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", http.csrf("/editor/publications/new"));
        form.put("kind", "ANALYSIS");
        form.put("language", "en");
        form.put("slug", "test-analysis");
        form.put("title", "A test analysis");
        form.put("author", "Test Author");
        form.put("tags", "Russia, testing");
        form.put("body", "## Heading\n\nText with <script>alert(1)</script> and [a link](javascript:alert(2)).");
        form.put("action", "draft");
        assertThat(http.form("/editor/publications", form).statusCode()).isEqualTo(302);
        assertThat(new Http(site.base()).get("/en/analyses/test-analysis").statusCode()).isEqualTo(404);
        form.put("action", "publish");
        http.form("/editor/publications", form);
        String page = new Http(site.base()).get("/en/analyses/test-analysis").body();
        assertThat(page).contains("<h2>Heading</h2>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)").doesNotContain("javascript:alert(2)").contains("#russia");
        assertThat(site.site.publications().history("test-analysis")).hasSize(2);
        assertThat(site.site.publications().get("test-analysis").orElseThrow().published()).isNotNull();
    }

    @Test
    @Order(Integer.MAX_VALUE) // uses up this address's sign-in attempts, so it runs last
    void passwordGuessingIsRateLimited() {
        Http http = new Http(site.base());
        int limited = 0;
        for (int i = 0; i < 14; i++) {
            if (http.login(TestSite.EDITOR, "guess number " + i).statusCode() == 429) limited++;
        }
        assertThat(limited).isGreaterThanOrEqualTo(3);
    }
}
