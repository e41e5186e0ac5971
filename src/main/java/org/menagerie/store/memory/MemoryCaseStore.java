package org.menagerie.store.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseStore;
import org.menagerie.catalog.Check;
import org.menagerie.catalog.ClaimOutlet;
import org.menagerie.catalog.Narrative;
import org.menagerie.catalog.Revision;

/**
 * The catalog held in memory (the {@code store=memory} back end): the same contract as the embedded database,
 * revisions and change sequence included, and nothing kept after close. For evaluations over a benchmark's
 * collection, tests, and trying Menagerie out.
 */
public final class MemoryCaseStore implements CaseStore {
    private final TreeMap<String, Case> cases = new TreeMap<>();
    private final Map<String, List<Revision>> history = new TreeMap<>();
    private final List<Change> log = new ArrayList<>();
    private final Map<String, Long> lastChange = new TreeMap<>();
    private final Map<String, Narrative> narratives = new TreeMap<>();
    private final Map<String, ClaimOutlet> outlets = new TreeMap<>();
    private long seq;
    /** The field list of a deletion's revision, as the embedded database writes it. */
    static final String DELETED = "deleted";

    @Override
    public synchronized Written put(Case c, String author) {
        return putAll(List.of(Check.notNull(c, "c")), author).get(0);
    }

    /** One transaction: each changed case gets the next sequence number, as in the embedded database. */
    @Override
    public synchronized List<Written> putAll(List<Case> batch, String author) {
        Check.notNull(batch, "cases").forEach(c -> Check.notNull(c, "cases"));
        Check.notBlank(author, "author");
        Instant now = Instant.now();
        List<Written> out = new ArrayList<>(batch.size());
        for (Case c : batch) {
            Case old = cases.get(c.id());
            List<Revision> revisions = history.computeIfAbsent(c.id(), id -> new ArrayList<>());
            List<String> fields = c.changedFrom(old);
            if (old != null && fields.isEmpty()) {
                out.add(new Written(c.id(), Outcome.UNCHANGED, revisions.size(), lastChange.get(c.id())));
                continue;
            }
            Case stored = c.stamped(old == null || old.created() == null ? now : old.created(), now);
            cases.put(c.id(), stored);
            revisions.add(new Revision(c.id(), revisions.size() + 1, author, now, fields, stored));
            log.add(new Change(++seq, c.id()));
            lastChange.put(c.id(), seq);
            out.add(new Written(c.id(), old == null ? Outcome.CREATED : Outcome.UPDATED, revisions.size(), seq));
        }
        return out;
    }

    @Override
    public synchronized Optional<Case> get(String id) {
        return Optional.ofNullable(cases.get(id));
    }

    @Override
    public synchronized boolean delete(String id, String author) {
        Check.notBlank(author, "author");
        Case old = cases.remove(id);
        if (old == null) return false;
        List<Revision> revisions = history.computeIfAbsent(id, k -> new ArrayList<>());
        revisions.add(new Revision(id, revisions.size() + 1, author, Instant.now(), List.of(DELETED), old));
        log.add(new Change(++seq, id));
        lastChange.put(id, seq);
        return true;
    }

    @Override
    public synchronized long count() {
        return cases.size();
    }

    /** Visits a snapshot, so that the visitor may write to the store. */
    @Override
    public void forEach(Consumer<Case> visitor) {
        List<Case> snapshot;
        synchronized (this) {
            snapshot = List.copyOf(cases.values());
        }
        snapshot.forEach(visitor);
    }

    @Override
    public synchronized List<Revision> history(String id) {
        return List.copyOf(history.getOrDefault(id, List.of()));
    }

    @Override
    public synchronized List<Change> changesSince(long after, int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be 1 or more: " + limit);
        List<Change> out = new ArrayList<>();
        for (Change c : log) {
            if (c.seq() > after) out.add(c);
            if (out.size() == limit) break;
        }
        return out;
    }

    @Override
    public synchronized long lastSeq() {
        return seq;
    }

    @Override
    public synchronized void putNarrative(Narrative narrative) {
        narratives.put(Check.notNull(narrative, "narrative").id(), narrative);
    }

    @Override
    public synchronized Optional<Narrative> narrative(String id) {
        return Optional.ofNullable(narratives.get(id));
    }

    @Override
    public synchronized List<Narrative> narratives() {
        return List.copyOf(narratives.values());
    }

    @Override
    public synchronized void putOutlet(ClaimOutlet outlet) {
        outlets.put(Check.notNull(outlet, "outlet").name(), outlet);
    }

    @Override
    public synchronized List<ClaimOutlet> outlets() {
        return List.copyOf(outlets.values());
    }

    @Override
    public void close() {}
}
