package org.menagerie;

import java.util.Locale;
import javax.sql.DataSource;
import org.menagerie.queue.WorkQueue;
import org.menagerie.store.JdbcQueue;

/**
 * The queue a workspace's {@code queue=} setting names. {@code memory} (the default) is the in-process queue: no
 * broker, its messages kept in the workspace's store so that a restart loses and repeats nothing acknowledged.
 */
final class Queues {
    static final String SETTING = "queue";

    private Queues() {}

    static WorkQueue open(Workspace workspace, DataSource store) {
        String kind = workspace.setting(SETTING, "memory").strip().toLowerCase(Locale.ROOT);
        if (kind.equals("memory")) return new JdbcQueue(store);
        throw new IllegalArgumentException("queue=" + kind + " is not available here; use queue=memory");
    }
}
