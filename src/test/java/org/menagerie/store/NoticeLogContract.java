package org.menagerie.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.menagerie.alert.Alert;
import org.menagerie.alert.AlertStore;
import org.menagerie.alert.Level;
import org.menagerie.delivery.NoticeLog;
import org.menagerie.delivery.Webhooks;
import org.menagerie.publish.Account;

/** What the delivery loop's record promises on every database: an alert is sent to a user once, dead letters kept. */
public abstract class NoticeLogContract extends DatabaseContract {
    private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");
    private NoticeLog log;
    private String alert;

    @BeforeEach
    void openLog() {
        log = new JdbcNoticeLog(db);
        new JdbcAccounts(db).put("ana", Account.Role.ANALYST, "a long password".toCharArray());
        new JdbcAlertStore(db).record(new Alert("i1", "o", null, "A sentence", "case-a", 0.5, Level.SUGGESTED, "r", T));
        alert = AlertStore.idOf("i1", "case-a");
    }

    @Test
    void anAlertWaitsOnceAndIsNeverPendingAgainOnceSent() {
        assertThat(log.pend("ana", alert, "q", T)).isTrue();
        assertThat(log.pend("ana", alert, "q", T.plusSeconds(1))).isFalse();
        assertThat(log.pending()).extracting(NoticeLog.Pending::alertId).containsExactly(alert);
        log.sent("d1", "ana", List.of(alert), T.plusSeconds(5));
        log.sent("d1", "ana", List.of(alert), T.plusSeconds(6));
        assertThat(log.wasSent("d1")).isTrue();
        assertThat(log.pending()).isEmpty();
        assertThat(log.pend("ana", alert, "q", T.plusSeconds(10))).as("sent already").isFalse();
        assertThat(log.notified("ana", 5)).singleElement().satisfies(p -> assertThat(p.added()).isEqualTo(T.plusSeconds(5)));
    }

    @Test
    void deadLettersAreListedNewestFirstAndMarkedWhenRetried() {
        var e = new Webhooks.Endpoint("ana", "https://hooks.example/a", "s");
        log.dead("ana", new Webhooks.DeadLetter("d1", e, "{}", 5, 503, "the endpoint answered 503", T));
        log.dead("ana", new Webhooks.DeadLetter("d2", e, "{}", 1, 410, "the endpoint answered 410, not retried", T.plusSeconds(1)));
        List<NoticeLog.Dead> all = log.deadLetters(10);
        assertThat(all).extracting(d -> d.letter().delivery()).containsExactly("d2", "d1");
        log.retried(all.get(1).id(), T.plusSeconds(60));
        assertThat(log.deadLetter(all.get(1).id()).orElseThrow().retried()).isEqualTo(T.plusSeconds(60));
        assertThat(log.deadLetter(all.get(0).id()).orElseThrow().retried()).isNull();
    }
}
