package org.menagerie.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.menagerie.alert.Alert;
import org.menagerie.alert.AlertStore;
import org.menagerie.alert.Level;
import org.menagerie.alert.Stored;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Status;
import org.menagerie.dedup.Sameness;
import org.menagerie.publish.Account;
import org.menagerie.store.H2;
import org.menagerie.store.JdbcAlertStore;
import org.menagerie.store.JdbcArticleStore;
import org.menagerie.store.JdbcDeskStore;
import org.menagerie.watch.StoredArticle;

/** The desk over an embedded store: narratives resolved through the catalog, a story's outlets, bulk decisions. */
class DeskTest {
    private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");
    private final H2.Opened db = H2.memory();
    private final JdbcArticleStore articles = new JdbcArticleStore(db.tables());
    private final AlertStore alerts = new JdbcAlertStore(db.tables());
    private final Desk desk = new Desk(new JdbcDeskStore(db.tables()), articles, db.cases(), java.time.Clock.fixed(T, java.time.ZoneOffset.UTC));

    @AfterEach
    void close() {
        db.close().run();
    }

    private void catalog() {
        db.cases().put(Case.builder("case-nato", "NATO will attack from Moldova").narratives(List.of("nato-aggressor"))
                .languages(List.of("ro")).provenance(org.menagerie.catalog.Provenance.ofFile("test", "DeskTest.java", 1)).status(Status.PUBLISHED).build(), "test");
        db.cases().put(Case.builder("case-chips", "Vaccines contain chips").narratives(List.of("vaccines"))
                .languages(List.of("ro")).provenance(org.menagerie.catalog.Provenance.ofFile("test", "DeskTest.java", 1)).status(Status.PUBLISHED).build(), "test");
    }

    private StoredArticle article(String key, Sameness sameness, long story, String outlet) {
        return articles.add(new StoredArticle(0, "feed", key, story, sameness, outlet, "https://" + outlet + "/" + key, null, "Title",
                T.minusSeconds(3600), T, "ro", "Text of " + key, 10, 1, 2, 3, "test"));
    }

    @Test
    void filtersByNarrativeThroughTheCatalogAndShowsEveryOutletOfTheStory() {
        catalog();
        StoredArticle first = article("a", Sameness.NEW, 0, "sputnik.md");
        article("b", Sameness.SAME_TEXT, first.id(), "rtr.md");
        alerts.record(new Alert("article:" + first.id(), "sputnik.md", first.url(), "NATO atacă", "case-nato", 0.6, Level.SUGGESTED, "r", T));
        alerts.record(new Alert("item-2", "x", null, "Cipuri în vaccin", "case-chips", 0.6, Level.SUGGESTED, "r", T));
        Inbox nato = desk.list(AlertQuery.parse(Map.of("narrative", "nato-aggressor")));
        assertThat(nato.alerts()).extracting(s -> s.alert().caseId()).containsExactly("case-nato");
        assertThat(desk.list(AlertQuery.parse(Map.of("narrative", "nobody"))).total()).isZero();
        AlertDetail d = desk.get(AlertStore.idOf("article:" + first.id(), "case-nato")).orElseThrow();
        assertThat(d.outlets()).containsExactly("sputnik.md", "rtr.md");
        assertThat(d.alert().language()).isEqualTo("ro");
        assertThat(desk.get("nope")).isEmpty();
    }

    @Test
    void bulkDecisionsGoOnPastOneThatFailsAndSightingsCountPerNarrative() {
        catalog();
        alerts.record(new Alert("i1", "x", null, "NATO atacă", "case-nato", 0.6, Level.SUGGESTED, "r", T));
        alerts.record(new Alert("i2", "y", null, "NATO atacă iar", "case-nato", 0.9, Level.MATCHED, "r", T));
        String a = AlertStore.idOf("i1", "case-nato"), b = AlertStore.idOf("i2", "case-nato");
        List<Desk.Outcome> out = desk.decideAll(List.of(a, b, a), Action.CONFIRM, "dana", null, null);
        assertThat(out).extracting(Desk.Outcome::id).containsExactly(a, b);
        assertThat(out.get(0).alert().state()).isEqualTo(Stored.State.CONFIRMED);
        assertThat(out.get(1).error()).contains("confirmed already");
        assertThat(desk.sightingsPerNarrative()).isEqualTo(Map.of("nato-aggressor", 2L));
        assertThat(desk.sightedCases(5)).extracting(CaseSightings::caseId).containsExactly("case-nato");
        assertThat(desk.recentSightings(5)).hasSize(2);
        assertThat(desk.outletSightings("y", 5)).singleElement().matches(s -> s.automatic());
    }

    @Test
    void everyRoleMayReviewButOnlyWithAnAccount() {
        assertThat(Desk.reviewer(new Account("dana", Account.Role.ANALYST))).isEqualTo("dana");
        assertThat(Desk.reviewer(new Account("ana", Account.Role.EDITOR))).isEqualTo("ana");
        assertThatThrownBy(() -> Desk.reviewer(null)).isInstanceOfSatisfying(DeskException.class,
                e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
        assertThat(Account.Role.ANALYST.edits()).isFalse();
        assertThat(Account.Role.EDITOR.edits()).isTrue();
    }
}
