package org.menagerie.worker;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** Which stories a checking worker has finished, so that a story delivered twice is checked and counted once. */
public interface CheckedStories {
    /**
     * What the workers did: stories checked, the alerts they raised, and stories per worker.
     *
     * @param byWorker stories checked by each worker name
     */
    record Tally(long stories, long alerts, Map<String, Long> byWorker) {
        public Tally {
            byWorker = Map.copyOf(byWorker);
        }
    }

    boolean checked(long articleId);

    /** Records the story as checked; false when it was already (by this worker or another at the same moment). */
    boolean markChecked(long articleId, int alerts, String by, Instant at);

    Tally tally();

    /** The stories one worker checked. */
    Set<Long> checkedBy(String worker);

    long count();
}
