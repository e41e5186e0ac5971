package org.menagerie.queue;

import org.menagerie.catalog.Check;

/**
 * A unit of work to hand on.
 *
 * @param topic   what kind of work ("stories")
 * @param key     orders and partitions messages (an outlet): messages of one key are delivered in publishing order
 * @param payload the work, usually JSON; consumers must be idempotent on it, since delivery is at least once
 */
public record Message(String topic, String key, String payload) {
    public Message {
        Check.notBlank(topic, "topic");
        Check.notBlank(key, "key");
        Check.notNull(payload, "payload");
    }
}
