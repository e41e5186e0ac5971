package org.menagerie;

import javax.sql.DataSource;
import org.menagerie.queue.WorkQueue;
import org.menagerie.store.JdbcQueue;

/**
 * The queue {@link Backends#queue()} names. {@code memory} (the default) is the in-process queue: no broker, its
 * messages kept in the workspace's store so that a restart loses and repeats nothing acknowledged.
 */
final class Queues {
    private Queues() {}

    static WorkQueue open(String kind, DataSource store) {
        if (kind.equals("memory")) return new JdbcQueue(store);
        throw new IllegalArgumentException("queue=" + kind + " is not available here; use queue=memory");
    }
}
