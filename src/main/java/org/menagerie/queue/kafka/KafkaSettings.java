package org.menagerie.queue.kafka;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.menagerie.catalog.Check;

/**
 * How to reach the Kafka cluster, from {@code kafka.*} settings or {@code MENAGERIE_KAFKA_*} environment variables
 * (the environment winning; {@code kafka.topicPrefix} is {@code MENAGERIE_KAFKA_TOPICPREFIX}).
 *
 * @param bootstrap      {@code kafka.bootstrap}: host:port of one or more brokers, comma-separated (required)
 * @param topicPrefix    {@code kafka.topicPrefix}: put before every topic and consumer group name, so several
 *                       installations can share a cluster (default {@code menagerie.})
 * @param partitions     {@code kafka.partitions}: partitions of a topic created here (default 6); the most workers
 *                       that can check at once
 * @param replication    {@code kafka.replication}: replicas of a topic created here (default 0: the broker's default)
 * @param sessionTimeoutMs {@code kafka.sessionTimeoutMs}: how long a silent consumer keeps its partitions before they
 *                       move to another (default 10000; the broker's group.min.session.timeout.ms bounds it)
 * @param client         {@code kafka.client.X=Y} settings passed to every client as {@code X=Y} (TLS, SASL), never logged
 */
public record KafkaSettings(String bootstrap, String topicPrefix, int partitions, int replication, int sessionTimeoutMs,
                            Map<String, String> client) {
    public static final String DEFAULT_PREFIX = "menagerie.";
    private static final String CLIENT = "client.";

    public KafkaSettings {
        Check.notBlank(bootstrap, "bootstrap");
        topicPrefix = topicPrefix == null ? "" : topicPrefix.strip();
        if (!topicPrefix.matches("[A-Za-z0-9._-]*")) throw new IllegalArgumentException("topicPrefix may use letters, digits, . _ - only: " + topicPrefix);
        if (partitions < 1) throw new IllegalArgumentException("partitions must be positive: " + partitions);
        if (replication < 0) throw new IllegalArgumentException("replication must not be negative: " + replication);
        if (sessionTimeoutMs < 1) throw new IllegalArgumentException("sessionTimeoutMs must be positive: " + sessionTimeoutMs);
        client = Map.copyOf(Check.notNull(client, "client"));
    }

    /** The brokers with every default. */
    public static KafkaSettings of(String bootstrap) {
        return new KafkaSettings(bootstrap, DEFAULT_PREFIX, 6, 0, 10_000, Map.of());
    }

    public KafkaSettings withTopicPrefix(String prefix) {
        return new KafkaSettings(bootstrap, prefix, partitions, replication, sessionTimeoutMs, client);
    }

    public KafkaSettings withPartitions(int n) {
        return new KafkaSettings(bootstrap, topicPrefix, n, replication, sessionTimeoutMs, client);
    }

    public KafkaSettings withSessionTimeoutMs(int ms) {
        return new KafkaSettings(bootstrap, topicPrefix, partitions, replication, ms, client);
    }

    public static KafkaSettings from(Properties settings, Map<String, String> env) {
        Map<String, String> all = new HashMap<>();
        settings.stringPropertyNames().stream().filter(k -> k.startsWith("kafka."))
                .forEach(k -> all.put(k.substring("kafka.".length()), settings.getProperty(k)));
        String bootstrap = value("bootstrap", all, env);
        if (bootstrap == null) {
            throw new IllegalArgumentException("queue=kafka needs the brokers: set kafka.bootstrap=host:port in menagerie.properties "
                    + "or MENAGERIE_KAFKA_BOOTSTRAP");
        }
        Map<String, String> client = new HashMap<>();
        all.forEach((k, v) -> {
            if (k.startsWith(CLIENT)) client.put(k.substring(CLIENT.length()), v.strip());
        });
        String prefix = value("topicPrefix", all, env);
        return new KafkaSettings(bootstrap, prefix == null ? DEFAULT_PREFIX : prefix, number("partitions", all, env, 6),
                number("replication", all, env, 0), number("sessionTimeoutMs", all, env, 10_000), client);
    }

    private static String value(String key, Map<String, String> settings, Map<String, String> env) {
        String e = env.get("MENAGERIE_KAFKA_" + key.toUpperCase(Locale.ROOT));
        if (e != null && !e.isBlank()) return e.strip();
        String s = settings.get(key);
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static int number(String key, Map<String, String> settings, Map<String, String> env, int fallback) {
        String v = value(key, settings, env);
        try {
            return v == null ? fallback : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("kafka." + key + " must be a whole number: " + v);
        }
    }

    /** What is safe to print: the brokers and the shape, never client settings (they may hold secrets). */
    @Override
    public String toString() {
        return "kafka " + bootstrap + " (prefix '" + topicPrefix + "', " + partitions + " partitions"
                + (client.isEmpty() ? "" : ", " + client.size() + " client settings") + ")";
    }
}
