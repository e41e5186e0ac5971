package org.menagerie.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.menagerie.publish.Account;
import org.menagerie.publish.SessionStore;

/** What editors' sessions promise on every database. */
public abstract class SessionStoreContract extends DatabaseContract {
    private final TestClock clock = new TestClock("2026-03-02T09:00:00Z");
    private SessionStore sessions;

    @BeforeEach
    void openSessions() {
        sessions = new JdbcSessions(db, clock, Duration.ofHours(8));
        new JdbcAccounts(db).put("ana", Account.Role.EDITOR, "correct horse battery".toCharArray());
    }

    @Test
    void aSessionIsFoundByItsIdWhichIsRandomAndStoredOnlyAsAHash() throws SQLException {
        var s = sessions.start(new Account("ana", Account.Role.EDITOR));
        var other = sessions.start(null);
        assertThat(s.id()).hasSize(43).isNotEqualTo(other.id()); // 32 bytes in unpadded base64url
        assertThat(sessions.find(s.id())).get().satisfies(found -> {
            assertThat(found.account()).isEqualTo(new Account("ana", Account.Role.EDITOR));
            assertThat(found.csrf()).isEqualTo(s.csrf());
        });
        assertThat(sessions.find(other.id())).get().extracting(SessionStore.Session::account).isNull();
        assertThat(sessions.find(s.id() + "x")).isEmpty();
        assertThat(column("id_hash")).doesNotContain(s.id(), other.id()).contains(JdbcAccounts.sha256(s.id()));
    }

    @Test
    void aSessionExpiresWhenIdleAndIsRenewedWhileUsed() {
        var s = sessions.start(null);
        clock.advance(Duration.ofHours(3));
        assertThat(sessions.find(s.id())).get().extracting(SessionStore.Session::expires).as("not yet half-way: unchanged")
                .isEqualTo(s.expires());
        clock.advance(Duration.ofHours(2)); // 5 h in: renewed to 8 h from now
        assertThat(sessions.find(s.id())).get().extracting(SessionStore.Session::expires).isEqualTo(clock.instant().plus(Duration.ofHours(8)));
        clock.advance(Duration.ofHours(7)); // 12 h after it began, past its first expiry
        assertThat(sessions.find(s.id())).as("renewed").isPresent();
        clock.advance(Duration.ofHours(8).plusSeconds(1));
        assertThat(sessions.find(s.id())).as("idle too long").isEmpty();
    }

    @Test
    void noRenewalOutlivesTheAbsoluteLimit() {
        var s = sessions.start(null);
        for (int hours = 6; hours < 7 * 24; hours += 6) {
            clock.advance(Duration.ofHours(6));
            assertThat(sessions.find(s.id())).as("used every 6 h, at hour " + hours).isPresent();
        }
        clock.advance(Duration.ofHours(6));
        assertThat(sessions.find(s.id())).as("a week after it began").isEmpty();
    }

    @Test
    void endingDeletesTheRowAndPurgingDeletesExpiredOnes() throws SQLException {
        var ended = sessions.start(null);
        var idle = sessions.start(null);
        sessions.end(ended.id());
        assertThat(sessions.find(ended.id())).isEmpty();
        assertThat(sessions.count()).isEqualTo(1);
        clock.advance(Duration.ofHours(9));
        var fresh = sessions.start(null); // writing a session purges the expired ones now and then
        assertThat(column("id_hash")).containsExactly(JdbcAccounts.sha256(fresh.id()));
        assertThat(sessions.find(idle.id())).isEmpty();
        assertThat(sessions.purge()).isZero();
    }

    @Test
    void aDeletedAccountsSessionsGoWithIt() throws SQLException {
        var s = sessions.start(new Account("ana", Account.Role.EDITOR));
        try (Connection c = db.getConnection()) {
            c.createStatement().executeUpdate("DELETE FROM account WHERE name = 'ana'");
        }
        assertThat(sessions.find(s.id())).isEmpty();
    }

    private List<String> column(String name) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery("SELECT " + name + " FROM web_session")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
