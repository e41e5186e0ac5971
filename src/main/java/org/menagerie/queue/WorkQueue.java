package org.menagerie.queue;

import java.time.Duration;
import java.util.List;

/**
 * Work handed on at least once. A message published is delivered to every consumer group until the group
 * acknowledges it; a delivery not acknowledged within its lease (or before a restart) is delivered again, so
 * consumers must be idempotent ({@link Delivery#partition} and {@link Delivery#offset} together are a natural key).
 * Messages of one key come in publishing order; messages of different keys may come in any order. The shape follows
 * a log with consumer groups, so a Kafka topic keyed the same way stands behind it ({@code queue=kafka}), where:
 * <ul>
 *   <li>a topic is split into partitions by key; offsets increase within a partition only;</li>
 *   <li>the consumers of one group in several processes share the partitions, and a partition's unacknowledged
 *       messages move to another consumer when its owner stops, dies or stops polling (after the session timeout),
 *       not when one lease expires: a lease is kept by the process that polled;</li>
 *   <li>{@link #poll} may return nothing while the group is being formed or rebalanced: consumers poll in a loop.</li>
 * </ul>
 */
public interface WorkQueue extends AutoCloseable {
    /** Stores a message durably (as far as the implementation is durable) and returns its offset in its partition. */
    long publish(Message message);

    /** Publishes several messages in order, at once where the implementation can (one transaction, one batch). */
    default List<Long> publishAll(List<Message> messages) {
        return messages.stream().map(this::publish).toList();
    }

    /**
     * Up to {@code max} messages of the topic that the group has not acknowledged and that are not leased to it now,
     * oldest first within a key; each is leased to the group for {@code lease}. A message whose key has an earlier
     * message leased in an earlier poll waits for it. May return fewer than are waiting (a broker hands out what it
     * has fetched), and waits a little for messages when there are none.
     */
    List<Delivery> poll(String topic, String group, int max, Duration lease);

    /** Marks the delivery done for its group; acknowledging twice is harmless. */
    void ack(String group, Delivery delivery);

    /** Messages of the topic the group has not acknowledged yet. */
    long backlog(String topic, String group);

    /** Lets go of connections and consumers (a group's consumer leaves it, so its partitions move at once). */
    @Override
    default void close() {}
}
