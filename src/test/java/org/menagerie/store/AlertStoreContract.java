package org.menagerie.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.menagerie.alert.Alert;
import org.menagerie.alert.AlertStore;
import org.menagerie.alert.Level;
import org.menagerie.alert.Relation;
import org.menagerie.alert.Sighting;
import org.menagerie.alert.Stored;
import org.menagerie.dedup.Sameness;
import org.menagerie.outlet.Outlet;
import org.menagerie.watch.StoredArticle;

/** What the alert store promises on every database. */
public abstract class AlertStoreContract extends DatabaseContract {
    private AlertStore store;

    @BeforeEach
    void openStore() {
        store = new JdbcAlertStore(db);
    }

    static Alert alert(String item, String at, Level level) {
        return new Alert(item, "@widjayasherly", null, "Seven women have died after inhaling a free perfume sample",
                "snopes-perfume-sample-robbery", 0.97, level, "terms: perfume; similarity 0.91", Instant.parse(at));
    }

    @Test
    void recordingTheSameAlertTwiceKeepsOne() {
        assertThat(store.record(alert("tweet-sno-1030", "2010-05-13T12:00:00Z", Level.SUGGESTED))).isTrue();
        assertThat(store.record(alert("tweet-sno-1030", "2010-05-13T12:05:00Z", Level.SUGGESTED))).isFalse();
        assertThat(store.record(alert("tweet-sno-1031", "2010-05-14T12:00:00Z", Level.SUGGESTED))).isTrue();
        assertThat(store.count()).isEqualTo(2);
        assertThat(store.newest(10)).extracting(s -> s.alert().itemId()).containsExactly("tweet-sno-1031", "tweet-sno-1030");
        assertThat(store.newest(10).get(1).alert()).isEqualTo(alert("tweet-sno-1030", "2010-05-13T12:00:00Z", Level.SUGGESTED));
        assertThat(store.newest(10).get(1).state()).isEqualTo(Stored.State.OPEN);
    }

    @Test
    void aMatchedAlertIsStoredConfirmedWithAnAutomaticSighting() {
        store.record(alert("tweet-sno-1030", "2010-05-13T12:00:00Z", Level.MATCHED));
        String id = AlertStore.idOf("tweet-sno-1030", "snopes-perfume-sample-robbery");
        Stored s = store.get(id).orElseThrow();
        assertThat(s.state()).isEqualTo(Stored.State.CONFIRMED);
        assertThat(s.decidedBy()).isEqualTo(AlertStore.AUTOMATIC);
        var sightings = new JdbcDeskStore(db).sightings("snopes-perfume-sample-robbery");
        assertThat(sightings).singleElement().satisfies(x -> {
            assertThat(x.automatic()).isTrue();
            assertThat(x.confirmedBy()).isEqualTo("automatic");
            assertThat(x.alertId()).isEqualTo(id);
        });
    }

    @Test
    void anAlertOnAMonitoredArticleKeepsItsStoryLanguageDateAndCountry() {
        new JdbcOutletStore(db).put(new Outlet("sputnik-md", "Sputnik Moldova", null, List.of("sputnik.md"), "MD", List.of("ro"), null));
        var articles = new JdbcArticleStore(db);
        StoredArticle first = articles.add(article("k1", Sameness.NEW, 0, "sputnik-md", "2026-03-01T08:00:00Z"));
        StoredArticle copy = articles.add(article("k2", Sameness.SAME_TEXT, first.id(), "Other outlet", "2026-03-01T09:00:00Z"));
        Alert a = new Alert("article:" + copy.id(), copy.outlet(), copy.url(), "Vaccinurile conțin cipuri", "case-chips", 0.6,
                Level.SUGGESTED, "terms: cipuri", Instant.parse("2026-03-02T10:00:00Z"));
        store.record(a);
        Stored s = store.get(AlertStore.idOf(a.itemId(), a.caseId())).orElseThrow();
        assertThat(s.story()).isEqualTo(first.id());
        assertThat(s.language()).isEqualTo("ro");
        assertThat(s.seen()).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
        assertThat(s.country()).as("an outlet the outlets table does not know").isNull();
        Alert b = new Alert("article:" + first.id(), first.outlet(), first.url(), "Vaccinurile conțin cipuri", "case-chips", 0.6,
                Level.SUGGESTED, "terms: cipuri", Instant.parse("2026-03-02T10:00:00Z"));
        store.record(b);
        assertThat(store.get(AlertStore.idOf(b.itemId(), b.caseId())).orElseThrow().country()).isEqualTo("MD");
    }

    static StoredArticle article(String key, Sameness sameness, long story, String outlet, String published) {
        return new StoredArticle(0, "feed-a", key, story, sameness, outlet, "https://example.org/" + key, null, "Title",
                Instant.parse(published), Instant.parse(published).plusSeconds(60), "ro", "Vaccinurile conțin cipuri.", 26, 1, 2, 3, "test");
    }

    @Test
    void aDiscussedLinkKeepsItsRelationAndIsNeverASightingByItself() {
        Alert discussed = alert("news-1", "2010-05-13T12:00:00Z", Level.MATCHED).withRelation(Relation.DISCUSSES);
        store.record(discussed);
        String id = AlertStore.idOf("news-1", "snopes-perfume-sample-robbery");
        Stored kept = store.get(id).orElseThrow();
        assertThat(kept.alert().relation()).isEqualTo(Relation.DISCUSSES);
        assertThat(kept.state()).as("a matched discussed link is not confirmed by itself").isEqualTo(Stored.State.OPEN);
        store.record(alert("tweet-sno-1030", "2010-05-13T12:00:00Z", Level.SUGGESTED));
        assertThat(store.get(AlertStore.idOf("tweet-sno-1030", "snopes-perfume-sample-robbery")).orElseThrow().alert().relation())
                .isEqualTo(Relation.RESTATES);
    }
}
