package org.menagerie.search;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values worked out once per key and kept, up to {@link #LIMIT} keys (past that, worked out each time): for caches
 * that live as long as one index reader, which bounds them in time, while the limit bounds them in memory.
 */
final class Memo<K, V> {
    static final int LIMIT = 200_000;
    private final ConcurrentHashMap<K, V> values = new ConcurrentHashMap<>();

    V get(K key, Function<K, V> work) {
        V v = values.get(key);
        if (v != null) return v;
        v = work.apply(key);
        if (values.size() < LIMIT) values.putIfAbsent(key, v);
        return v;
    }
}
