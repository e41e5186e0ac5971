package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.delivery.Frequency;
import org.menagerie.standing.StandingQuery;

/** Each account's notification settings: frequency and e-mail, watches, a webhook whose secret is shown once, the feed. */
class SettingsPagesTest {
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
    void anEditorSetsHowAndWhatTheyHear() {
        assertThat(new Http(site.base()).get("/editor/settings").statusCode()).isEqualTo(302);
        Http editor = new Http(site.base());
        editor.login(TestSite.EDITOR, TestSite.EDITOR_PASSWORD);
        assertThat(editor.get("/editor/settings").body()).contains("Setările notificărilor", "Nimic salvat încă.")
                .doesNotContain("Livrări eșuate");
        String csrf = editor.csrf("/editor/settings");
        editor.form("/editor/settings", Map.of("_csrf", csrf, "action", "settings", "frequency", "daily", "email", "ana@example.org"));
        var subs = site.menagerie().subscriptions();
        assertThat(subs.settings(TestSite.EDITOR).frequency()).isEqualTo(Frequency.DAILY);
        assertThat(subs.settings(TestSite.EDITOR).email()).isEqualTo("ana@example.org");
        editor.form("/editor/settings", Map.of("_csrf", csrf, "action", "watch", "kind", "case", "target", "vaccine-microchip"));
        assertThat(subs.queries(TestSite.EDITOR)).anyMatch(q -> q.kind() == StandingQuery.Kind.CASE && q.target().equals("vaccine-microchip"));
        String hooked = editor.form("/en/editor/settings", Map.of("_csrf", csrf, "action", "webhook", "url", "https://hooks.example.org/in")).body();
        String secret = subs.endpoints(TestSite.EDITOR).get(0).secret();
        assertThat(hooked).contains("shown this once", secret);
        assertThat(editor.get("/en/editor/settings").body()).contains("https://hooks.example.org/in").doesNotContain(secret);
        String feed = editor.form("/en/editor/settings", Map.of("_csrf", csrf, "action", "feed")).body();
        assertThat(feed).contains("http://menagerie.test/feeds/alerts/");
        assertThat(editor.form("/editor/settings", Map.of("action", "feed")).statusCode()).isEqualTo(403);
    }
}
