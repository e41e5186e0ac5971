package org.menagerie.queue;

import org.menagerie.catalog.Check;

/**
 * A message handed to a consumer group, to be acknowledged once its work is done.
 *
 * @param partition the topic's partition the message lies in (always 0 for the embedded queues, which have one)
 * @param offset    the message's position in its partition, increasing; with the partition a consumer's
 *                  idempotency key
 * @param attempt   1 on first delivery to this process, more when redelivered after an expired lease; a message
 *                  redelivered after a restart or a rebalance may start again at 1
 */
public record Delivery(int partition, long offset, int attempt, Message message) {
    public Delivery {
        if (partition < 0) throw new IllegalArgumentException("partition must not be negative: " + partition);
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative: " + offset);
        if (attempt < 1) throw new IllegalArgumentException("attempt must be positive: " + attempt);
        Check.notNull(message, "message");
    }

    /** A delivery of a queue with a single partition. */
    public Delivery(long offset, int attempt, Message message) {
        this(0, offset, attempt, message);
    }
}
