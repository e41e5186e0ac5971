package org.menagerie.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseStore;
import org.menagerie.catalog.Narrative;
import org.menagerie.catalog.Outlet;
import org.menagerie.catalog.Revision;

/** A store in memory for the search tests: cases and a change log with sequence numbers, nothing more. */
final class MemoryStore implements CaseStore {
    private final TreeMap<String, Case> cases = new TreeMap<>();
    private final List<Change> log = new ArrayList<>();
    private long seq;

    @Override
    public synchronized Written put(Case c, String author) {
        Case old = cases.get(c.id());
        if (old != null && c.changedFrom(old).isEmpty()) return new Written(c.id(), Outcome.UNCHANGED, 1, seq);
        cases.put(c.id(), c.stamped(Instant.EPOCH, Instant.EPOCH));
        log.add(new Change(++seq, c.id()));
        return new Written(c.id(), old == null ? Outcome.CREATED : Outcome.UPDATED, 1, seq);
    }

    @Override
    public synchronized List<Written> putAll(List<Case> batch, String author) {
        return batch.stream().map(c -> put(c, author)).toList();
    }

    @Override
    public synchronized Optional<Case> get(String id) {
        return Optional.ofNullable(cases.get(id));
    }

    @Override
    public synchronized boolean delete(String id, String author) {
        if (cases.remove(id) == null) return false;
        log.add(new Change(++seq, id));
        return true;
    }

    @Override
    public synchronized long count() {
        return cases.size();
    }

    @Override
    public void forEach(Consumer<Case> visitor) {
        List<Case> snapshot;
        synchronized (this) {
            snapshot = List.copyOf(cases.values());
        }
        snapshot.forEach(visitor);
    }

    @Override
    public List<Revision> history(String id) {
        return List.of();
    }

    @Override
    public synchronized List<Change> changesSince(long after, int limit) {
        List<Change> out = new ArrayList<>();
        for (Change c : log) {
            if (c.seq() > after && out.size() < limit) out.add(c);
        }
        return out;
    }

    @Override
    public synchronized long lastSeq() {
        return seq;
    }

    @Override
    public void putNarrative(Narrative narrative) {}

    @Override
    public Optional<Narrative> narrative(String id) {
        return Optional.empty();
    }

    @Override
    public List<Narrative> narratives() {
        return List.of();
    }

    @Override
    public void putOutlet(Outlet outlet) {}

    @Override
    public List<Outlet> outlets() {
        return List.of();
    }

    @Override
    public void close() {}
}
