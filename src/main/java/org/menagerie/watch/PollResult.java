package org.menagerie.watch;

import org.menagerie.catalog.Check;

/**
 * What one poll of a source did.
 *
 * @param state    "ok", "not modified", "disallowed by robots.txt", "failed", "paused"
 * @param items    items read
 * @param stored   new articles stored (new stories and copies)
 * @param problems problems met (a malformed feed, bad items)
 * @param detail   the failure's reason, or null
 */
public record PollResult(String sourceId, String state, int items, int stored, int problems, String detail) {
    public PollResult {
        Check.notBlank(sourceId, "sourceId");
        Check.notBlank(state, "state");
    }
}
