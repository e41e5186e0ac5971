package org.menagerie.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every stored fingerprint within {@code k} bits of a query. The 64 bits are cut into {@code k + 1} blocks;
 * two fingerprints that differ in at most k bits agree exactly on at least one block (pigeonhole), so each block value
 * keys a table and only the fingerprints sharing a block with the query are compared. Not thread-safe.
 */
public final class SimHashIndex {
    /** A fingerprint found and how many bits it differs by. */
    public record Hit(long id, long simHash, int distance) {}

    private final int k;
    private final int[] starts;
    private final int[] widths;
    private final List<Map<Long, Bucket>> tables = new ArrayList<>();
    private int size;

    public SimHashIndex(int k) {
        if (k < 0 || k > 15) throw new IllegalArgumentException("k must be in 0..15: " + k);
        this.k = k;
        int blocks = k + 1;
        starts = new int[blocks];
        widths = new int[blocks];
        for (int b = 0, at = 0; b < blocks; b++) {
            widths[b] = 64 / blocks + (b < 64 % blocks ? 1 : 0);
            starts[b] = at;
            at += widths[b];
            tables.add(new HashMap<>());
        }
    }

    public int k() {
        return k;
    }

    public int size() {
        return size;
    }

    /** Adds a fingerprint under an id (pairs of longs in each bucket: id, fingerprint). */
    public void add(long id, long simHash) {
        for (int b = 0; b < starts.length; b++) {
            tables.get(b).computeIfAbsent(block(simHash, b), x -> new Bucket()).add(id, simHash);
        }
        size++;
    }

    /** Every fingerprint within k bits, each once, nearest first. */
    public List<Hit> near(long simHash) {
        Map<Long, Hit> found = new HashMap<>();
        for (int b = 0; b < starts.length; b++) {
            Bucket bucket = tables.get(b).get(block(simHash, b));
            if (bucket == null) continue;
            long[] e = bucket.entries;
            for (int i = 0; i < bucket.used; i += 2) {
                int d = Fingerprint.distance(simHash, e[i + 1]);
                if (d <= k) found.putIfAbsent(e[i], new Hit(e[i], e[i + 1], d));
            }
        }
        List<Hit> hits = new ArrayList<>(found.values());
        hits.sort((x, y) -> x.distance != y.distance ? Integer.compare(x.distance, y.distance) : Long.compare(x.id, y.id));
        return hits;
    }

    private long block(long simHash, int b) {
        long mask = widths[b] == 64 ? -1L : (1L << widths[b]) - 1;
        return (simHash >>> starts[b]) & mask;
    }

    /** Pairs of longs (id, fingerprint) in a growing array: far less memory than boxed entries. */
    private static final class Bucket {
        long[] entries = new long[4];
        int used;

        void add(long id, long simHash) {
            if (used + 2 > entries.length) entries = java.util.Arrays.copyOf(entries, entries.length * 2);
            entries[used++] = id;
            entries[used++] = simHash;
        }
    }
}
