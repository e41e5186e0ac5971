package org.menagerie.alert;

import java.time.Instant;
import org.menagerie.catalog.Check;

/**
 * An alert as the store keeps it, with what an analyst decided about it and what the inbox filters it by.
 *
 * @param id the store's id
 * @param alert the alert
 * @param state open, confirmed, dismissed or snoozed, as last decided (see {@link #stateAt} for a snooze that ran out)
 * @param decidedBy who decided last, or null while never decided
 * @param decidedAt when, or null while never decided
 * @param snoozedUntil when a snoozed alert is open again, or null
 * @param story the story of the alert's article (its canonical article's id), or 0 when it came from no article
 * @param language the article's language, or null
 * @param country the outlet's country, or null
 * @param seen when the article was published (else read), or null when it came from no article
 */
public record Stored(String id, Alert alert, State state, String decidedBy, Instant decidedAt, Instant snoozedUntil,
                     long story, String language, String country, Instant seen) {
    public enum State { OPEN, CONFIRMED, DISMISSED, SNOOZED }

    public Stored {
        Check.notBlank(id, "id");
        Check.notNull(alert, "alert");
        Check.notNull(state, "state");
        if (state == State.SNOOZED && snoozedUntil == null) throw new IllegalArgumentException("a snoozed alert needs snoozedUntil");
        if (story < 0) throw new IllegalArgumentException("story must not be negative: " + story);
    }

    /** An alert with nothing known beyond its decision. */
    public Stored(String id, Alert alert, State state, String decidedBy, Instant decidedAt) {
        this(id, alert, state, decidedBy, decidedAt, null, 0, null, null, null);
    }

    /** The state at {@code now}: a snooze that has run out is open again. */
    public State stateAt(Instant now) {
        return state == State.SNOOZED && !snoozedUntil.isAfter(now) ? State.OPEN : state;
    }

    /** When the item was seen: the article's date, else when the alert was raised. */
    public Instant seenOrRaised() {
        return seen != null ? seen : alert.raised();
    }
}
