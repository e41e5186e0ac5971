package org.menagerie.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.menagerie.alert.Sighting;
import org.menagerie.alert.Stored;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseStore;
import org.menagerie.catalog.Check;
import org.menagerie.publish.Account;
import org.menagerie.watch.ArticleStore;

/**
 * The analysts' desk: the inbox of alerts, the decisions about them, and the sightings they make. The web pages, the
 * API and the command line all call this one, so a decision means the same wherever it is taken. Who may decide is
 * checked by the caller with {@link #reviewer}, since the command line runs with the workspace owner's authority.
 */
public final class Desk {
    private final DeskStore store;
    private final ArticleStore articles;
    private final CaseStore cases;
    private final Clock clock;

    public Desk(DeskStore store, ArticleStore articles, CaseStore cases, Clock clock) {
        this.store = Check.notNull(store, "store");
        this.articles = Check.notNull(articles, "articles");
        this.cases = Check.notNull(cases, "cases");
        this.clock = Check.notNull(clock, "clock");
    }

    /** The name decisions are recorded under, when the account may review alerts; else FORBIDDEN. */
    public static String reviewer(Account account) {
        if (account == null || !account.role().reviews()) {
            throw new DeskException(DeskException.Kind.FORBIDDEN, "analysts, editors and administrators only");
        }
        return account.name();
    }

    /** The desk's clock's now, which states are read at (a snooze that ran out is open). */
    public Instant now() {
        return clock.instant();
    }

    /** One page of the alerts the query selects, newest first, with counts per state and level. */
    public Inbox list(AlertQuery query) {
        return store.list(Check.notNull(query, "query"), casesOf(query.narrative()), clock.instant());
    }

    /** The selected alerts grouped by case or by story, the latest first. */
    public List<Group> groups(AlertQuery query, Group.By by) {
        return store.groups(Check.notNull(query, "query"), casesOf(query.narrative()), Check.notNull(by, "by"), clock.instant());
    }

    /** One alert with its decisions, the outlets that carried its story, and its sighting. */
    public Optional<AlertDetail> get(String id) {
        if (id == null || id.isBlank()) return Optional.empty();
        return store.get(id).map(s -> new AlertDetail(s, store.decisions(id),
                s.story() > 0 ? articles.outletsOf(s.story()) : s.alert().outlet() == null ? List.of() : List.of(s.alert().outlet()),
                store.sighting(id).orElse(null)));
    }

    /** Records a decision (see {@link DeskStore#decide}); returns the alert as it is after. */
    public Stored decide(String id, Action action, String by, String reason, Instant until) {
        return store.decide(Check.notBlank(id, "id"), Check.notNull(action, "action"), Check.notBlank(by, "by"), clock.instant(),
                reason == null || reason.isBlank() ? null : reason.strip(), until);
    }

    /** Confirms: the alert becomes a sighting of its case. */
    public Stored confirm(String id, String by) {
        return decide(id, Action.CONFIRM, by, null, null);
    }

    public Stored dismiss(String id, String by, String reason) {
        return decide(id, Action.DISMISS, by, reason, null);
    }

    /** Out of the inbox until {@code until}, open again after it. */
    public Stored snooze(String id, String by, Instant until) {
        return decide(id, Action.SNOOZE, by, null, until);
    }

    /** Reverts the last decision in force, removing the sighting it made (an automatic one too). */
    public Stored undo(String id, String by) {
        return decide(id, Action.UNDO, by, null, null);
    }

    /**
     * What one decision of a bulk decision did.
     *
     * @param alert the alert after it, or null when it failed
     * @param error why it failed, or null
     */
    public record Outcome(String id, Stored alert, String error) {}

    /** The same decision on each alert, each on its own: one that fails (say, confirmed already) leaves the others. */
    public List<Outcome> decideAll(List<String> ids, Action action, String by, String reason, Instant until) {
        Check.notNull(ids, "ids");
        if (ids.isEmpty() || ids.size() > AlertQuery.MAX_LIMIT) throw new IllegalArgumentException("1 to " + AlertQuery.MAX_LIMIT + " alert ids");
        List<Outcome> out = new ArrayList<>();
        for (String id : new java.util.LinkedHashSet<>(ids)) {
            try {
                out.add(new Outcome(id, decide(id, action, by, reason, until), null));
            } catch (DeskException | IllegalArgumentException e) {
                out.add(new Outcome(id, null, e.getMessage()));
            }
        }
        return out;
    }

    /** A case's sightings, in the order they were seen. */
    public List<Sighting> sightings(String caseId) {
        return store.sightings(Check.notBlank(caseId, "caseId"));
    }

    /** The latest sightings across the catalog ("resurfacing now"), the most recently seen first. */
    public List<Sighting> recentSightings(int limit) {
        return store.recentSightings(null, limit);
    }

    /** One outlet's sightings, the most recently seen first. */
    public List<Sighting> outletSightings(String outlet, int limit) {
        return store.recentSightings(Check.notBlank(outlet, "outlet"), limit);
    }

    /** The cases sighted, the most recently sighted first, at most {@code limit}. */
    public List<CaseSightings> sightedCases(int limit) {
        return store.sightedCases(limit);
    }

    /**
     * The case with its sightings added to its appearances (a sighting whose address the case lists already is not
     * repeated), as readers see it: on the case page's ClaimReview, in the API and in every export.
     */
    public Case withSightings(Case c) {
        return Sightings.onto(c, store.sightings(c.id()));
    }

    /**
     * {@link #withSightings} for a whole export: reads every sighting once, up front, so that writing a large catalog
     * asks the store nothing per case.
     */
    public java.util.function.UnaryOperator<Case> withSightingsOfAll() {
        Map<String, List<Sighting>> all = new java.util.HashMap<>();
        for (CaseSightings s : store.sightedCases(Integer.MAX_VALUE)) all.put(s.caseId(), store.sightings(s.caseId()));
        return c -> Sightings.onto(c, all.getOrDefault(c.id(), List.of()));
    }

    /** Sightings per narrative (a case in two narratives counts for both), by narrative id. */
    public Map<String, Long> sightingsPerNarrative() {
        Map<String, Long> out = new TreeMap<>();
        for (CaseSightings s : store.sightedCases(Integer.MAX_VALUE)) {
            cases.get(s.caseId()).ifPresent(c -> c.narratives().forEach(n -> out.merge(n, s.sightings(), Long::sum)));
        }
        return out;
    }

    /** The alerted cases of a narrative; null (no limit) without one. */
    private Set<String> casesOf(String narrative) {
        if (narrative == null) return null;
        Set<String> out = new HashSet<>();
        for (String id : store.alertedCases()) {
            cases.get(id).map(Case::narratives).filter(n -> n.contains(narrative)).ifPresent(n -> out.add(id));
        }
        return out;
    }
}
