package org.menagerie.alert;

import java.time.Instant;
import org.menagerie.catalog.Check;

/**
 * An alert as the store keeps it, with what an analyst decided about it.
 *
 * @param id the store's id
 * @param alert the alert
 * @param state open, confirmed, dismissed or snoozed
 * @param decidedBy who decided, or null while open
 * @param decidedAt when, or null while open
 */
public record Stored(String id, Alert alert, State state, String decidedBy, Instant decidedAt) {
    public enum State { OPEN, CONFIRMED, DISMISSED, SNOOZED }

    public Stored {
        Check.notBlank(id, "id");
        Check.notNull(alert, "alert");
        Check.notNull(state, "state");
    }
}
