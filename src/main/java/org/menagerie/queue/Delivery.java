package org.menagerie.queue;

import org.menagerie.catalog.Check;

/**
 * A message handed to a consumer group, to be acknowledged once its work is done.
 *
 * @param offset   the message's position in its topic, unique and increasing; a consumer's idempotency key
 * @param attempt  1 on first delivery, more when redelivered after a crash or an expired lease
 */
public record Delivery(long offset, int attempt, Message message) {
    public Delivery {
        if (offset < 1) throw new IllegalArgumentException("offset must be positive: " + offset);
        if (attempt < 1) throw new IllegalArgumentException("attempt must be positive: " + attempt);
        Check.notNull(message, "message");
    }
}
