package org.menagerie.desk;

import java.util.Locale;

/** What an analyst does with an alert. */
public enum Action {
    /** The item restates the case: it becomes a sighting. */
    CONFIRM,
    /** Not a restatement (a reason may say why). */
    DISMISS,
    /** Out of the inbox until a given instant, then open again. */
    SNOOZE,
    /** Reverts the last decision still in force (removing the sighting a confirmation made). */
    UNDO;

    /** From {@code confirm}, {@code DISMISS} and the like. */
    public static Action parse(String s) {
        if (s == null || s.isBlank()) throw new IllegalArgumentException("action is required: confirm, dismiss, snooze or undo");
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown action '" + s.strip() + "': confirm, dismiss, snooze or undo");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
