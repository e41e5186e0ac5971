package org.menagerie.catalog;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The catalog's source of truth. Every write is one transaction and every change to a case is a {@link Revision}. Each
 * committed write gets a sequence number, so that derived views (the search index) can catch up after a crash.
 *
 * <p>Two implementations are planned: the embedded H2 store (the default) and PostgreSQL for deployments.
 */
public interface CaseStore extends AutoCloseable {

    /** What a write did to one case. */
    enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** The result of writing one case: its id, what happened, its version afterwards and the commit's sequence. */
    record Written(String id, Outcome outcome, int version, long seq) {}

    /** A case id that changed at a given sequence number (deleted cases are reported too). */
    record Change(long seq, String caseId) {}

    /** Writes one case in its own transaction; an identical case is left alone and reported UNCHANGED. */
    Written put(Case c, String author);

    /** Writes many cases in one transaction: all of them are committed, or none. */
    List<Written> putAll(List<Case> cases, String author);

    Optional<Case> get(String id);

    /** Removes a case; its revisions stay. Returns false when there was none. */
    boolean delete(String id, String author);

    long count();

    /** Visits every case in id order, without holding them all in memory. */
    void forEach(Consumer<Case> visitor);

    /** The revisions of one case, oldest first. */
    List<Revision> history(String id);

    /** Changes committed after {@code seq}, oldest first, at most {@code limit}. */
    List<Change> changesSince(long seq, int limit);

    /** The sequence number of the last committed change, 0 for an empty store. */
    long lastSeq();

    void putNarrative(Narrative narrative);

    Optional<Narrative> narrative(String id);

    List<Narrative> narratives();

    void putOutlet(ClaimOutlet outlet);

    List<ClaimOutlet> outlets();

    @Override
    void close();
}
