package org.menagerie.desk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.menagerie.alert.Sighting;
import org.menagerie.alert.Stored;

/**
 * The desk's side of the alert store (embedded H2 or PostgreSQL): listing alerts, recording decisions with their
 * effect on the alert's state and sighting in one step, and reading sightings across the catalog.
 */
public interface DeskStore {
    /**
     * The alerts {@code query} selects as of {@code now}; {@code cases}, when not null, further limits them to those
     * cases (a narrative's, which the store does not know).
     */
    Inbox list(AlertQuery query, Set<String> cases, Instant now);

    /** The groups of the alerts {@code query} selects (paging ignored), the latest first, at most {@code query.limit()}. */
    List<Group> groups(AlertQuery query, Set<String> cases, Group.By by, Instant now);

    Optional<Stored> get(String id);

    /** Every decision about the alert, oldest first. */
    List<Decision> decisions(String alertId);

    /** The sighting the alert made, if it made one and it was not undone. */
    Optional<Sighting> sighting(String alertId);

    /**
     * Records a decision and its effect, atomically: confirm makes the sighting, dismiss and snooze change the state,
     * undo reverts the last decision in force (removing its sighting) and restores the state before it. Returns the
     * alert as it is after.
     *
     * @throws DeskException NOT_FOUND without such an alert; CONFLICT when its state does not allow the action (a
     *     confirmed alert is only undone; nothing left to undo)
     */
    Stored decide(String alertId, Action action, String by, Instant at, String reason, Instant until);

    /** A case's sightings, in the order they were seen. */
    List<Sighting> sightings(String caseId);

    /** The cases that have alerts. */
    Set<String> alertedCases();

    /** Sightings, the most recently seen first; {@code outlet} when not null limits them to one outlet. */
    List<Sighting> recentSightings(String outlet, int limit);

    /** Every case sighted, the most recently sighted first, at most {@code limit}. */
    List<CaseSightings> sightedCases(int limit);
}
