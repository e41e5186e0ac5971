package org.menagerie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.menagerie.alert.Alert;
import org.menagerie.alert.Level;
import org.menagerie.alert.Relation;
import org.menagerie.alert.Sighting;
import org.menagerie.alert.Stored;

/** What the alert store promises on every database. */
public abstract class AlertStoreContract extends DatabaseContract {
    private JdbcAlertStore store;

    @BeforeEach
    void openStore() {
        store = new JdbcAlertStore(db);
    }

    private static Alert alert(String item, String at) {
        return new Alert(item, "@widjayasherly", null, "Seven women have died after inhaling a free perfume sample",
                "snopes-perfume-sample-robbery", 0.97, Level.MATCHED, "terms: perfume; similarity 0.91", Instant.parse(at));
    }

    @Test
    void recordingTheSameAlertTwiceKeepsOne() {
        assertThat(store.record(alert("tweet-sno-1030", "2010-05-13T12:00:00Z"))).isTrue();
        assertThat(store.record(alert("tweet-sno-1030", "2010-05-13T12:05:00Z"))).isFalse();
        assertThat(store.record(alert("tweet-sno-1031", "2010-05-14T12:00:00Z"))).isTrue();
        assertThat(store.count()).isEqualTo(2);
        assertThat(store.newest(10)).extracting(s -> s.alert().itemId()).containsExactly("tweet-sno-1031", "tweet-sno-1030");
        assertThat(store.newest(10).get(1).alert()).isEqualTo(alert("tweet-sno-1030", "2010-05-13T12:00:00Z"));
    }

    @Test
    void confirmingMakesASightingAndKeepsWhoAndWhen() {
        store.record(alert("tweet-sno-1030", "2010-05-13T12:00:00Z"));
        String id = JdbcAlertStore.idOf("tweet-sno-1030", "snopes-perfume-sample-robbery");
        Sighting s = store.confirm(id, "en", "ana", Instant.parse("2010-05-13T13:00:00Z"));
        assertThat(store.sightings("snopes-perfume-sample-robbery")).containsExactly(s);
        Stored stored = store.get(id).orElseThrow();
        assertThat(stored.state()).isEqualTo(Stored.State.CONFIRMED);
        assertThat(stored.decidedBy()).isEqualTo("ana");
        assertThatThrownBy(() -> store.decide(id, Stored.State.DISMISSED, "ion", Instant.now()))
                .hasMessageContaining("no open alert");
    }

    @Test
    void dismissalsAreKeptAsData() {
        store.record(alert("tweet-sno-1030", "2010-05-13T12:00:00Z"));
        String id = JdbcAlertStore.idOf("tweet-sno-1030", "snopes-perfume-sample-robbery");
        store.decide(id, Stored.State.DISMISSED, "ion", Instant.parse("2010-05-13T14:00:00Z"));
        Stored s = store.get(id).orElseThrow();
        assertThat(s.state()).isEqualTo(Stored.State.DISMISSED);
        assertThat(s.decidedAt()).isEqualTo(Instant.parse("2010-05-13T14:00:00Z"));
        assertThat(store.sightings("snopes-perfume-sample-robbery")).isEmpty();
    }

    @Test
    void aDiscussedLinkKeepsItsRelationAndCannotBeConfirmedAsASighting() {
        Alert discussed = alert("news-1", "2010-05-13T12:00:00Z").withRelation(Relation.DISCUSSES);
        store.record(discussed);
        String id = JdbcAlertStore.idOf("news-1", "snopes-perfume-sample-robbery");
        assertThat(store.get(id).orElseThrow().alert()).isEqualTo(discussed);
        assertThatThrownBy(() -> store.confirm(id, "en", "ana", Instant.parse("2010-05-13T13:00:00Z")))
                .hasMessageContaining("discusses");
        assertThat(store.sightings("snopes-perfume-sample-robbery")).isEmpty();
        store.record(alert("tweet-sno-1030", "2010-05-13T12:00:00Z"));
        assertThat(store.get(JdbcAlertStore.idOf("tweet-sno-1030", "snopes-perfume-sample-robbery")).orElseThrow().alert().relation())
                .isEqualTo(Relation.RESTATES);
    }
}
