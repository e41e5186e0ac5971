package org.menagerie.outlet;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.menagerie.catalog.Problem;

/** Where outlets, sources and their problems are kept. */
public interface OutletStore {
    /** Adds or replaces an outlet (its sources stay). */
    void put(Outlet outlet);

    Optional<Outlet> outlet(String id);

    List<Outlet> outlets();

    /** Removes an outlet and its sources; false when there was none. */
    boolean remove(String id);

    /** Adds a source, or keeps the existing one with the same URL; returns the one stored. */
    Source addSource(Source source);

    /** Saves a source's new polling state. */
    void update(Source source);

    List<Source> sources(String outletId);

    /** Active sources whose time has come, earliest first. */
    List<Source> due(Instant now);

    /** Records problems met reading a source; the newest {@code keep} are kept. */
    void problems(String sourceId, List<Problem> problems, Instant at, int keep);

    /** The newest problems of a source, newest first. */
    List<Problem> problems(String sourceId, int limit);
}
