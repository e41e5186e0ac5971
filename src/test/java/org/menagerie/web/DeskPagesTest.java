package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.alert.Stored;
import org.menagerie.publish.Account;

/** The alert inbox: who may open it, what an alert shows, and each decision through the forms, alone and in bulk. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskPagesTest {
    static final String ANALYST = "vera", ANALYST_PASSWORD = "analyst password 42";
    @TempDir static Path dir;
    static TestSite site;
    static String confirmed, open;
    static Http analyst;

    @BeforeAll
    static void start() {
        site = new TestSite(dir, null, null, 20);
        List<String> ids = Monitored.seed(site.menagerie(), "nato-riga-war-plans", Instant.now());
        confirmed = ids.get(0);
        open = ids.get(1);
        site.menagerie().accounts().put(ANALYST, Account.Role.ANALYST, ANALYST_PASSWORD.toCharArray());
        analyst = new Http(site.base());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    @Order(1)
    void analystsSignInToTheInboxAndEditNothing() {
        var anonymous = new Http(site.base()).get("/editor/alerts");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).contains("/login");
        var signedIn = analyst.login(ANALYST, ANALYST_PASSWORD);
        assertThat(signedIn.headers().firstValue("Location")).contains("/editor/alerts");
        assertThat(analyst.get("/editor/cases/new").statusCode()).isEqualTo(403);
        assertThat(analyst.get("/editor/alerts").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void anAlertShowsTheSharedWordsTheClaimTheReasonsAndTheOutlets() {
        String ro = analyst.get("/editor/alerts").body();
        assertThat(ro).contains("id=\"alert-" + open + "\"", "<mark>NATO</mark>", "<mark>ministers</mark>", "<mark>Riga</mark>",
                        "<mark>attack</mark>", "<mark>Russia</mark>", "shares: NATO, Riga, attack",
                        "Preluat de: <span translate=\"no\">Ria Vesti, Sputnik Moldova</span>", "O alertă", "Deschisă (1)".toLowerCase())
                .doesNotContain("id=\"alert-" + confirmed + "\"");
        String all = analyst.get("/en/editor/alerts?state=confirmed").body();
        assertThat(all).contains("id=\"alert-" + confirmed + "\"", "Confirmed by " + TestSite.EDITOR + " on", "One alert");
        String byCase = analyst.get("/en/editor/alerts?state=all&group=case").body();
        assertThat(byCase).contains("href=\"/en/cases/nato-riga-war-plans\">nato-riga-war-plans</a>", "2 alerts, 1 open");
    }

    @Test
    @Order(3)
    void dismissWithAReasonThenUndo() {
        String csrf = analyst.csrf("/editor/alerts");
        var dismissed = analyst.form("/editor/alerts/" + open, Map.of("_csrf", csrf, "action", "dismiss",
                "reason", "a report about the claim", "back", "/editor/alerts?state=all"));
        assertThat(dismissed.statusCode()).isEqualTo(302);
        assertThat(dismissed.headers().firstValue("Location").orElseThrow()).isEqualTo("/editor/alerts?state=all#alert-" + open);
        assertThat(state(open)).isEqualTo(Stored.State.DISMISSED);
        assertThat(analyst.get("/en/editor/alerts?state=dismissed").body())
                .contains("Dismissed by " + ANALYST + " on", "<q>a report about the claim</q>");
        analyst.form("/editor/alerts/" + open, Map.of("_csrf", csrf, "action", "undo", "back", "https://elsewhere.example/"));
        assertThat(state(open)).isEqualTo(Stored.State.OPEN);
        assertThat(analyst.get("/en/editor/alerts").body()).contains("Undone by " + ANALYST, "class=\"reverted\"");
        var again = analyst.form("/editor/alerts/" + confirmed, Map.of("_csrf", csrf, "action", "dismiss"));
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    @Order(4)
    void bulkSnoozeNeedsTheTokenAndASelection() {
        var noToken = analyst.form("/editor/alerts", Map.of("id", open, "action", "snooze"));
        assertThat(noToken.statusCode()).isEqualTo(403);
        var none = analyst.form("/editor/alerts", Map.of("_csrf", analyst.csrf("/editor/alerts"), "action", "snooze"));
        assertThat(none.statusCode()).isEqualTo(400);
        var snoozed = analyst.form("/editor/alerts", Map.of("_csrf", analyst.csrf("/editor/alerts"), "id", open,
                "action", "snooze", "snooze", "30d"));
        assertThat(snoozed.statusCode()).isEqualTo(302);
        assertThat(state(open)).isEqualTo(Stored.State.SNOOZED);
        assertThat(analyst.get("/editor/alerts").body()).contains("Nicio alertă aici.");
    }

    private static Stored.State state(String id) {
        return site.menagerie().desk().get(id).orElseThrow().alert().state();
    }
}
