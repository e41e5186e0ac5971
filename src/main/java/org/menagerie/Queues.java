package org.menagerie;

import java.util.Map;
import javax.sql.DataSource;
import org.menagerie.queue.WorkQueue;
import org.menagerie.queue.kafka.KafkaQueue;
import org.menagerie.queue.kafka.KafkaSettings;
import org.menagerie.store.JdbcQueue;

/**
 * The queue {@link Backends#queue()} names. {@code store} (the default) is the queue kept in the workspace's store: no
 * broker, its messages in the store's tables so that a restart loses and repeats nothing acknowledged, and processes
 * sharing the store (watch and worker on one machine, or several nodes on one PostgreSQL) share it. {@code kafka} is a Kafka cluster, from
 * the {@code kafka.*} settings.
 */
final class Queues {
    private Queues() {}

    static WorkQueue open(String kind, DataSource store, Workspace workspace, Map<String, String> env) {
        if (kind.equals("store")) return new JdbcQueue(store);
        if (kind.equals("kafka")) return KafkaQueue.open(KafkaSettings.from(workspace.settings(), env));
        throw new IllegalArgumentException("queue=" + kind + " is not available here; use queue=store or queue=kafka");
    }
}
