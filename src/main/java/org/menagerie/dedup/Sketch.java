package org.menagerie.dedup;

import java.util.Arrays;
import java.util.List;

/**
 * What near-duplicate search keeps of a recent text beside its SimHash: the hashes of its word 3-shingles, sorted
 * (to verify a candidate by its exact Jaccard), and MinHash band keys (to find candidates among short texts, where
 * a 64-bit SimHash is too coarse: a 10-word post has only 8 shingles to vote on 64 bits).
 *
 * @param shingles distinct 32-bit shingle hashes, sorted
 * @param bands    {@link #BANDS} keys, each hashing {@link #ROWS} MinHash values; empty for a text without words
 */
public record Sketch(int[] shingles, long[] bands) {
    /** Bands and rows per band: a pair at Jaccard 0.5 shares a band with probability 1 - (1 - 0.5^3)^24 = 0.96. */
    public static final int BANDS = 24;
    public static final int ROWS = 3;

    public static Sketch of(String text) {
        List<String> w = Words.of(text);
        if (w.isEmpty()) return new Sketch(new int[0], new long[0]);
        long[] hashes = new long[w.size()];
        for (int i = 0; i < hashes.length; i++) hashes[i] = Fingerprint.hash(w.get(i));
        int n = Math.min(Words.SHINGLE, hashes.length);
        int[] sh = new int[hashes.length - n + 1];
        for (int i = 0; i + n <= hashes.length; i++) sh[i] = (int) Fingerprint.shingle(hashes, i, n);
        sh = Arrays.stream(sh).distinct().sorted().toArray();
        long[] min = new long[BANDS * ROWS];
        Arrays.fill(min, Long.MAX_VALUE);
        for (int s : sh) {
            for (int f = 0; f < min.length; f++) {
                long h = Fingerprint.mix(s * 0x9E3779B97F4A7C15L + f) >>> 1;
                if (h < min[f]) min[f] = h;
            }
        }
        long[] bands = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long k = b;
            for (int r = 0; r < ROWS; r++) k = Fingerprint.mix(k * 31 + min[b * ROWS + r]);
            bands[b] = k;
        }
        return new Sketch(sh, bands);
    }

    /** Jaccard of the two shingle sets (32-bit hashes: collisions are rare enough not to matter). */
    public double jaccard(Sketch other) {
        int[] a = shingles, b = other.shingles;
        if (a.length == 0 || b.length == 0) return 0;
        int i = 0, j = 0, common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }
}
