package org.menagerie;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which back end serves each part of an installation, from the settings ({@code store=}, {@code index=} in
 * menagerie.properties) or the environment ({@code MENAGERIE_STORE}, {@code MENAGERIE_INDEX}), the environment
 * winning. Embedded ones are the default.
 *
 * @param store {@code h2} (the embedded database, default), {@code memory} (nothing kept after close) or
 *     {@code postgres} (a PostgreSQL server, from the {@code postgres.*} settings; see docs/postgres.md)
 * @param index {@code lucene} (the embedded index in the workspace, default) or {@code solr} (a SolrCloud collection:
 *     settings {@code solr.urls}, the nodes' base URLs comma-separated, and {@code solr.collection}, default menagerie)
 * @param queue {@code store} (the queue kept in the store's tables: no broker; default) or {@code kafka} (a Kafka
 *     cluster: {@code kafka.bootstrap}, see {@link org.menagerie.queue.kafka.KafkaSettings}); {@code memory}, its old
 *     name, still means {@code store}
 */
public record Backends(String store, String index, String queue) {
    public static final List<String> STORES = List.of("h2", "memory", "postgres");
    public static final List<String> INDEXES = List.of("lucene", "solr");
    public static final List<String> QUEUES = List.of("store", "kafka");
    /** Names settings written before still use: {@code queue=memory} was always the queue kept in the store. */
    private static final Map<String, String> OLD_QUEUE_NAMES = Map.of("memory", "store");

    public Backends {
        store = choose("store", store, STORES);
        index = choose("index", index, INDEXES);
        queue = choose("queue", queue == null ? null : OLD_QUEUE_NAMES.getOrDefault(queue.strip().toLowerCase(Locale.ROOT), queue), QUEUES);
    }

    /** The given store and index with the default queue. */
    public Backends(String store, String index) {
        this(store, index, null);
    }

    public static Backends defaults() {
        return new Backends(null, null, null);
    }

    /** The back ends the workspace's settings and the environment name. */
    public static Backends from(Workspace workspace, Map<String, String> env) {
        return new Backends(value("store", workspace, env), value("index", workspace, env), value("queue", workspace, env));
    }

    /**
     * A back end's setting ({@code solr.urls}) from the environment ({@code MENAGERIE_SOLR_URLS}) or else the
     * workspace's settings; null when neither has it.
     */
    public static String setting(String key, Workspace workspace, Map<String, String> env) {
        return value(key, workspace, env);
    }

    private static String value(String key, Workspace workspace, Map<String, String> env) {
        String fromEnv = env.get("MENAGERIE_" + key.toUpperCase(Locale.ROOT).replace('.', '_'));
        return fromEnv != null && !fromEnv.isBlank() ? fromEnv : workspace.setting(key, null);
    }

    private static String choose(String key, String value, List<String> known) {
        if (value == null || value.isBlank()) return known.get(0);
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (!known.contains(v)) {
            throw new IllegalArgumentException("unknown " + key + " back end '" + value.strip() + "' in setting " + key
                    + "= (known: " + String.join(", ", known) + ")");
        }
        return v;
    }
}
