package org.menagerie.queue;

import java.time.Duration;
import java.util.List;

/**
 * Work handed on at least once. A message published is delivered to every consumer group until the group
 * acknowledges it; a delivery not acknowledged within its lease (or before a restart) is delivered again, so
 * consumers must be idempotent (the {@link Delivery#offset} is a natural key). Messages of one key come in publishing
 * order. The shape follows a log with consumer groups, so a Kafka topic keyed the same way can stand behind it.
 */
public interface WorkQueue {
    /** Stores a message durably (as far as the implementation is durable) and returns its offset. */
    long publish(Message message);

    /** Publishes several messages in order, at once where the implementation can (one transaction, one batch). */
    default List<Long> publishAll(List<Message> messages) {
        return messages.stream().map(this::publish).toList();
    }

    /**
     * Up to {@code max} messages of the topic that the group has not acknowledged and that are not leased to it now,
     * oldest first; each is leased to the group for {@code lease}.
     */
    List<Delivery> poll(String topic, String group, int max, Duration lease);

    /** Marks the delivery done for its group; acknowledging twice is harmless. */
    void ack(String group, Delivery delivery);

    /** Messages of the topic the group has not acknowledged yet. */
    long backlog(String topic, String group);
}
