package org.menagerie.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.menagerie.catalog.Check;

/**
 * What the delivery loop has to send and has sent (embedded H2 or PostgreSQL): alerts waiting per user, every (user,
 * alert) already notified, each notice by its delivery id, and the dead letters.
 */
public interface NoticeLog {
    /** An alert waiting to be sent to a user, since {@code added}. */
    record Pending(String user, String alertId, String queryId, Instant added) {
        public Pending {
            Check.notBlank(user, "user");
            Check.notBlank(alertId, "alertId");
            Check.notNull(added, "added");
        }
    }

    /** A dead letter as kept: its id, the letter, and when it was last retried (or null). */
    record Dead(long id, String user, Webhooks.DeadLetter letter, Instant retried) {}

    /** Adds an alert for a user; false when it waits already or was sent already. */
    boolean pend(String user, String alertId, String queryId, Instant at);

    /** Every alert waiting, the oldest first. */
    List<Pending> pending();

    /** Whether a notice with this delivery id was sent. */
    boolean wasSent(String deliveryId);

    /** Records a notice sent, atomically: its alerts stop waiting and are marked notified for the user. */
    void sent(String deliveryId, String user, List<String> alertIds, Instant at);

    /** The alerts a user was notified of, the most recent first, with when. */
    List<Pending> notified(String user, int limit);

    void dead(String user, Webhooks.DeadLetter letter);

    /** Dead letters, the newest first. */
    List<Dead> deadLetters(int limit);

    Optional<Dead> deadLetter(long id);

    void retried(long id, Instant at);
}
