package org.menagerie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.menagerie.alert.Alert;
import org.menagerie.alert.AlertStore;
import org.menagerie.alert.Level;
import org.menagerie.alert.Stored;
import org.menagerie.desk.Action;
import org.menagerie.desk.AlertQuery;
import org.menagerie.desk.DeskException;
import org.menagerie.desk.DeskStore;
import org.menagerie.desk.Group;

/** What the desk's store promises on every database: decisions, their effects, listing and sightings. */
public abstract class DeskStoreContract extends DatabaseContract {
    private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");
    private AlertStore alerts;
    private DeskStore desk;

    @BeforeEach
    void openStores() {
        alerts = new JdbcAlertStore(db);
        desk = new JdbcDeskStore(db);
    }

    private String record(String item, String caseId, String outlet, Level level, Instant raised) {
        alerts.record(new Alert(item, outlet, "https://" + outlet + "/" + item, "The claim, restated in " + item, caseId, 0.7,
                level, "terms: claim", raised));
        return AlertStore.idOf(item, caseId);
    }

    @Test
    void confirmingMakesASightingAndEveryDecisionIsKept() {
        String id = record("i1", "case-a", "outlet-a", Level.SUGGESTED, T);
        Stored after = desk.decide(id, Action.CONFIRM, "ana", T.plusSeconds(60), null, null);
        assertThat(after.state()).isEqualTo(Stored.State.CONFIRMED);
        assertThat(after.decidedBy()).isEqualTo("ana");
        assertThat(desk.sightings("case-a")).singleElement().satisfies(s -> {
            assertThat(s.confirmedBy()).isEqualTo("ana");
            assertThat(s.automatic()).isFalse();
            assertThat(s.url()).isEqualTo("https://outlet-a/i1");
            assertThat(s.seen()).as("no article: when it was raised").isEqualTo(T);
        });
        assertThatThrownBy(() -> desk.decide(id, Action.DISMISS, "ion", T.plusSeconds(90), "no", null))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.CONFLICT));
        assertThat(desk.decisions(id)).extracting(d -> d.action()).containsExactly(Action.CONFIRM);
    }

    @Test
    void aDiscussedLinkCannotBeConfirmedAsASighting() {
        alerts.record(new Alert("news-1", "outlet-a", null, "A fact-check quoting the claim", "case-a", 0.7, Level.SUGGESTED,
                "terms: claim", T).withRelation(org.menagerie.alert.Relation.DISCUSSES));
        String id = AlertStore.idOf("news-1", "case-a");
        assertThatThrownBy(() -> desk.decide(id, Action.CONFIRM, "ana", T.plusSeconds(60), null, null))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.CONFLICT));
        assertThat(desk.sightings("case-a")).isEmpty();
    }

    @Test
    void undoRevertsTheLastDecisionInForceAndRemovesItsSighting() {
        String id = record("i1", "case-a", "outlet-a", Level.SUGGESTED, T);
        desk.decide(id, Action.DISMISS, "ion", T.plusSeconds(10), "satire", null);
        desk.decide(id, Action.CONFIRM, "ana", T.plusSeconds(20), null, null);
        assertThat(desk.decide(id, Action.UNDO, "ana", T.plusSeconds(30), null, null).state()).isEqualTo(Stored.State.DISMISSED);
        assertThat(desk.sightings("case-a")).isEmpty();
        assertThat(desk.sighting(id)).isEmpty();
        assertThat(desk.decide(id, Action.UNDO, "ana", T.plusSeconds(40), null, null).state()).isEqualTo(Stored.State.OPEN);
        assertThatThrownBy(() -> desk.decide(id, Action.UNDO, "ana", T.plusSeconds(50), null, null)).hasMessageContaining("no decision to undo");
        assertThat(desk.decisions(id)).extracting(d -> d.action() + (d.reverted() ? " reverted" : ""))
                .containsExactly("DISMISS reverted", "CONFIRM reverted", "UNDO", "UNDO");
        assertThat(desk.decisions(id).get(0).reason()).isEqualTo("satire");
    }

    @Test
    void anAutomaticSightingIsUndoneLikeAnyOther() {
        String id = record("i1", "case-a", "outlet-a", Level.MATCHED, T);
        assertThat(desk.sightings("case-a")).hasSize(1);
        assertThat(desk.decide(id, Action.UNDO, "ana", T.plusSeconds(5), null, null).state()).isEqualTo(Stored.State.OPEN);
        assertThat(desk.sightings("case-a")).isEmpty();
    }

    @Test
    void aSnoozedAlertIsOpenAgainAfterItsTime() {
        String id = record("i1", "case-a", "outlet-a", Level.SUGGESTED, T);
        Instant until = T.plus(Duration.ofHours(2));
        assertThat(desk.decide(id, Action.SNOOZE, "ana", T, null, until).snoozedUntil()).isEqualTo(until);
        AlertQuery open = AlertQuery.open(10);
        assertThat(desk.list(open, null, T.plusSeconds(60)).total()).isZero();
        assertThat(desk.list(open.withState(Stored.State.SNOOZED), null, T.plusSeconds(60)).total()).isEqualTo(1);
        assertThat(desk.list(open, null, until).alerts()).extracting(Stored::id).containsExactly(id);
        assertThat(desk.list(AlertQuery.newest(10), null, until).states()).containsEntry(Stored.State.OPEN, 1L)
                .containsEntry(Stored.State.SNOOZED, 0L);
        assertThatThrownBy(() -> desk.decide(id, Action.SNOOZE, "ana", T, null, T.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listsNewestFirstWithFiltersPagesAndCounts() {
        String a = record("i1", "case-a", "outlet-a", Level.SUGGESTED, T);
        String b = record("i2", "case-a", "outlet-b", Level.MATCHED, T.plusSeconds(60));
        String c = record("i3", "case-b", "outlet-a", Level.SUGGESTED, T.plusSeconds(120));
        desk.decide(a, Action.DISMISS, "ion", T.plusSeconds(200), null, null);
        var all = desk.list(AlertQuery.newest(2), null, T.plusSeconds(300));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.alerts()).extracting(Stored::id).containsExactly(c, b);
        assertThat(desk.list(AlertQuery.newest(2).withPage(2, 2), null, T).alerts()).extracting(Stored::id).containsExactly(a);
        assertThat(all.states()).containsEntry(Stored.State.OPEN, 1L).containsEntry(Stored.State.CONFIRMED, 1L)
                .containsEntry(Stored.State.DISMISSED, 1L);
        assertThat(all.levels()).containsEntry(Level.SUGGESTED, 2L).containsEntry(Level.MATCHED, 1L);
        var byOutlet = desk.list(AlertQuery.parse(Map.of("outlet", "outlet-a", "state", "open")), null, T.plusSeconds(300));
        assertThat(byOutlet.alerts()).extracting(Stored::id).containsExactly(c);
        assertThat(byOutlet.states()).as("counts aside the state filter").containsEntry(Stored.State.DISMISSED, 1L);
        assertThat(desk.list(AlertQuery.parse(Map.of("level", "matched")), null, T).alerts()).extracting(Stored::id).containsExactly(b);
        assertThat(desk.list(AlertQuery.parse(Map.of("case", "case-b")), null, T).total()).isEqualTo(1);
        assertThat(desk.list(AlertQuery.parse(Map.of("from", T.plusSeconds(30).toString(), "to", T.plusSeconds(90).toString())), null, T)
                .alerts()).extracting(Stored::id).containsExactly(b);
        assertThat(desk.list(AlertQuery.newest(10), Set.of("case-b"), T).total()).isEqualTo(1);
        assertThat(desk.list(AlertQuery.newest(10), Set.of(), T).total()).isZero();
        assertThat(desk.groups(AlertQuery.newest(10), null, Group.By.CASE, T.plusSeconds(300)))
                .containsExactly(new Group("case-b", 1, 1, T.plusSeconds(120)), new Group("case-a", 2, 0, T.plusSeconds(60)));
        assertThat(desk.alertedCases()).containsExactlyInAnyOrder("case-a", "case-b");
    }

    @Test
    void sightingsAcrossTheCatalogTheMostRecentFirst() {
        record("i1", "case-a", "outlet-a", Level.MATCHED, T);
        record("i2", "case-b", "outlet-b", Level.MATCHED, T.plusSeconds(60));
        record("i3", "case-a", "outlet-b", Level.MATCHED, T.plusSeconds(120));
        assertThat(desk.recentSightings(null, 2)).extracting(s -> s.alertId()).containsExactly(
                AlertStore.idOf("i3", "case-a"), AlertStore.idOf("i2", "case-b"));
        assertThat(desk.recentSightings("outlet-a", 10)).extracting(s -> s.caseId()).containsExactly("case-a");
        assertThat(desk.sightedCases(10)).extracting(s -> s.caseId() + " " + s.sightings()).containsExactly("case-a 2", "case-b 1");
        assertThat(desk.sightings("case-a")).extracting(s -> s.seen()).containsExactly(T, T.plusSeconds(120));
    }

    @Test
    void anUnknownAlertIsNotFound() {
        assertThatThrownBy(() -> desk.decide("nope", Action.CONFIRM, "ana", T, null, null))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.NOT_FOUND));
    }
}
