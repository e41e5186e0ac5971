package org.menagerie.dedup;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The two fingerprints of a text: an exact hash of its normalised words and a 64-bit SimHash over its word
 * 3-shingles (Charikar; Manku et al. 2007), where similar texts differ in few bits.
 *
 * @param textHash 64-bit hash of the normalised words; 0 for a text without words
 * @param simHash  64-bit SimHash; 0 for a text without words
 * @param words    how many words the text has
 */
public record Fingerprint(long textHash, long simHash, int words) {
    public Fingerprint {
        if (words < 0) throw new IllegalArgumentException("words must not be negative: " + words);
    }

    public static Fingerprint of(String text) {
        List<String> w = Words.of(text);
        if (w.isEmpty()) return new Fingerprint(0, 0, 0);
        long[] hashes = new long[w.size()];
        for (int i = 0; i < hashes.length; i++) hashes[i] = hash(w.get(i));
        long exact = 0x9E3779B97F4A7C15L;
        for (long h : hashes) exact = mix(exact * 31 + h);
        int n = Math.min(Words.SHINGLE, hashes.length);
        int[] votes = new int[64];
        for (int i = 0; i + n <= hashes.length; i++) {
            long s = shingle(hashes, i, n);
            for (int b = 0; b < 64; b++) votes[b] += ((s >>> b) & 1) == 1 ? 1 : -1;
        }
        long sim = 0;
        for (int b = 0; b < 64; b++) if (votes[b] > 0) sim |= 1L << b;
        return new Fingerprint(exact == 0 ? 1 : exact, sim, w.size());
    }

    /** The hash of the shingle of {@code n} word hashes starting at {@code from}. */
    static long shingle(long[] wordHashes, int from, int n) {
        long s = 0;
        for (int j = 0; j < n; j++) s = mix(s * 0x100000001B3L + wordHashes[from + j]);
        return s;
    }

    /** Bits in which two SimHashes differ. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** FNV-1a over UTF-8, then a finalising mix so that every bit depends on every input bit. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64's finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
