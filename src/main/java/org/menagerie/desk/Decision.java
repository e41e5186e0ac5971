package org.menagerie.desk;

import java.time.Instant;
import org.menagerie.catalog.Check;

/**
 * One decision about an alert, kept for good: an undo adds a decision of its own and marks the one it reverted.
 *
 * @param id increasing with time
 * @param alertId the alert
 * @param action what was done
 * @param by who did it
 * @param at when
 * @param reason why (a dismissal's reason), or null
 * @param until when a snooze ends, or null
 * @param reverted whether a later undo reverted it
 */
public record Decision(long id, String alertId, Action action, String by, Instant at, String reason, Instant until,
                       boolean reverted) {
    public Decision {
        Check.notBlank(alertId, "alertId");
        Check.notNull(action, "action");
        Check.notBlank(by, "by");
        Check.notNull(at, "at");
        if (action == Action.SNOOZE && until == null) throw new IllegalArgumentException("a snooze needs until");
    }
}
