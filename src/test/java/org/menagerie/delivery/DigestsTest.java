package org.menagerie.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.menagerie.delivery.Fixtures.alert;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.menagerie.alert.Level;
import org.menagerie.alert.Relation;

class DigestsTest {
    @Test
    void hourlyDigestsFoldRepeatsOfACaseAndAreDueOnTheHour() {
        Digests d = new Digests();
        d.add("ana", Frequency.HOURLY, alert("t1", "case-a", Level.SUGGESTED, 0.6, "2024-03-01T10:05:00Z"));
        d.add("ana", Frequency.HOURLY, alert("t2", "case-a", Level.MATCHED, 0.97, "2024-03-01T10:20:00Z"));
        d.add("ana", Frequency.HOURLY, alert("t2", "case-a", Level.MATCHED, 0.97, "2024-03-01T10:21:00Z"));
        d.add("ana", Frequency.HOURLY, alert("t3", "case-b", Level.SUGGESTED, 0.7, "2024-03-01T10:40:00Z"));
        assertThat(d.due(Instant.parse("2024-03-01T10:59:59Z"))).isEmpty();
        List<Notice> due = d.due(Instant.parse("2024-03-01T11:00:00Z"));
        assertThat(due).hasSize(1);
        Notice n = due.get(0);
        assertThat(n.to()).isEqualTo(Instant.parse("2024-03-01T11:00:00Z"));
        assertThat(n.entries()).extracting(Notice.Entry::caseId).containsExactly("case-a", "case-b");
        assertThat(n.entries().get(0).level()).isEqualTo("matched");
        assertThat(n.entries().get(0).sightings()).extracting(Notice.Sighting::itemId).containsExactly("t1", "t2");
        assertThat(n.alerts()).isEqualTo(3);
        assertThat(d.due(Instant.parse("2024-03-02T00:00:00Z"))).isEmpty();
    }

    @Test
    void eachUserHasTheirOwnFrequency() {
        Digests d = new Digests();
        d.add("instant", Frequency.INSTANT, alert("t1", "case-a", Level.MATCHED, 0.97, "2024-03-01T10:05:00Z"));
        d.add("daily", Frequency.DAILY, alert("t1", "case-a", Level.MATCHED, 0.97, "2024-03-01T10:05:00Z"));
        assertThat(d.due(Instant.parse("2024-03-01T10:05:00Z"))).extracting(Notice::user).containsExactly("instant");
        assertThat(d.waiting()).containsEntry("daily", Instant.parse("2024-03-02T00:00:00Z"));
        assertThat(d.due(Instant.parse("2024-03-02T00:00:00Z"))).extracting(Notice::user).containsExactly("daily");
    }

    @Test
    void aDiscussedLinkIsNeverASighting() {
        Digests d = new Digests();
        d.add("ana", Frequency.INSTANT, alert("fact-check", "case-a", Level.MATCHED, 0.97, "2024-03-01T10:05:00Z").withRelation(Relation.DISCUSSES));
        d.add("ana", Frequency.INSTANT, alert("t2", "case-a", Level.MATCHED, 0.96, "2024-03-01T10:05:00Z"));
        List<Notice> due = d.due(Instant.parse("2024-03-01T10:05:00Z"));
        assertThat(due.get(0).entries().get(0).sightings()).extracting(Notice.Sighting::itemId).containsExactly("t2");
    }
}
