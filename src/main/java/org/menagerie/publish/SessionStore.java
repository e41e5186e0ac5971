package org.menagerie.publish;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.menagerie.catalog.Check;

/**
 * Editors' sessions, shared by every serve node. A session lasts {@link #idle} after its last use, renewed as it is
 * used, and never longer than {@link #ABSOLUTE} after it began.
 */
public interface SessionStore {
    /** How long a session lives however busy it is: a stolen cookie does not work forever. */
    Duration ABSOLUTE = Duration.ofDays(7);

    /**
     * A session as a request sees it.
     *
     * @param id the secret id (the cookie's value), never stored as such
     * @param account the signed-in account, or null for an anonymous session
     */
    record Session(String id, String csrf, Account account, Instant expires) {
        public Session {
            Check.notBlank(id, "id");
            Check.notBlank(csrf, "csrf");
            Check.notNull(expires, "expires");
        }
    }

    Duration idle();

    /** Starts a session, anonymous when {@code account} is null. */
    Session start(Account account);

    /** The live session with this id, renewed as it is used; empty when there is none or it has expired. */
    Optional<Session> find(String id);

    /** Ends the session (signing out, or replacing it on sign-in so that a planted id cannot be reused). */
    void end(String id);

    /** Deletes the sessions that have expired; returns how many. */
    int purge();

    /** How many sessions are stored, expired ones not yet purged included. */
    long count();
}
