package org.menagerie.dedup;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** MinHash band keys of recent texts to the articles that have them (LSH); entries of evicted texts are skipped and dropped on rebuild. */
final class BandIndex {
    private final Map<Long, long[]> buckets = new HashMap<>();
    private long entries;

    void add(long article, Sketch sketch) {
        for (long key : sketch.bands()) {
            long[] b = buckets.get(key);
            if (b == null) {
                b = new long[] {1, article};
            } else {
                if (b[0] + 1 >= b.length) b = Arrays.copyOf(b, b.length * 2);
                b[(int) ++b[0]] = article;
            }
            buckets.put(key, b);
            entries++;
        }
    }

    /** Articles sharing at least one band with the sketch and still among the recent ones. */
    Set<Long> candidates(Sketch sketch, Map<Long, Sketch> recent) {
        Set<Long> out = new LinkedHashSet<>();
        for (long key : sketch.bands()) {
            long[] b = buckets.get(key);
            if (b == null) continue;
            for (int i = 1; i <= b[0]; i++) if (recent.containsKey(b[i])) out.add(b[i]);
        }
        return out;
    }

    long entries() {
        return entries;
    }

    void rebuild(Map<Long, Sketch> recent) {
        buckets.clear();
        entries = 0;
        recent.forEach(this::add);
    }
}
