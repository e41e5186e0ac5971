package org.menagerie.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a sentence into the sparse vector the check-worthiness model reads: hashed word 1-3-grams and in-word
 * character 3-5-grams (each group scaled to unit length), followed by the language-neutral cues. Hashing keeps the
 * model a fixed-size array with no vocabulary to ship; {@link String#hashCode} is specified, so it is stable.
 */
public final class CheckWorthinessFeatures {
    /** Hashed lexical dimensions; the cues follow them. */
    public static final int BUCKETS = 1 << 18;
    public static final int DIMENSIONS = BUCKETS + CheckWorthinessCues.SIZE;

    private static final Pattern WORD = Pattern.compile("\\d+(?:[.,]\\d+)*|\\p{L}+(?:'\\p{L}+)*|[%$€]");
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,]\\d+)*");

    /** A sparse vector, indices ascending and distinct. */
    public record Sparse(int[] index, float[] value) {
        public Sparse {
            if (index.length != value.length) throw new IllegalArgumentException("index and value differ in length");
        }
    }

    private CheckWorthinessFeatures() {}

    public static Sparse of(String text, String language) {
        Entries entries = new Entries();
        if ("en".equals(language)) {
            List<String> words = words(text.toLowerCase(Locale.ROOT).replace('’', '\''));
            List<String> grams = new ArrayList<>();
            String previous = "<s>", before = "<s>";
            for (String w : words) {
                String token = DIGITS.matcher(w).matches() ? "<num>" : w;
                grams.add("w:" + token);
                grams.add("b:" + previous + " " + token);
                grams.add("t:" + before + " " + previous + " " + token);
                before = previous;
                previous = token;
            }
            grams.add("b:" + previous + " </s>");
            addGroup(entries, grams.stream().mapToInt(String::hashCode).toArray());
            addGroup(entries, charGrams(words));
        }
        float[] cues = CheckWorthinessCues.of(text, language);
        for (int i = 0; i < cues.length; i++) if (cues[i] != 0) entries.add(BUCKETS + i, cues[i]);
        return entries.toSparse();
    }

    /** The log-odds of a probability, kept finite: the second pass reads the first pass's probability this way. */
    public static double logit(double p) {
        double q = Math.min(1 - 1e-6, Math.max(1e-6, p));
        return Math.log(q / (1 - q));
    }

    /**
     * The second pass's features: the sentence vector (scaled so that its components are about one in size, like
     * the other features), the cues, and for English the first pass's log-odds, clipped.
     *
     * @param firstLogit the first pass's log-odds, or NaN to leave it out (languages other than English)
     */
    public static Sparse dense(float[] vector, float[] cues, double firstLogit) {
        int n = vector.length + cues.length + (Double.isNaN(firstLogit) ? 0 : 1);
        int[] index = new int[n];
        float[] value = new float[n];
        float scale = (float) Math.sqrt(vector.length);
        for (int i = 0; i < vector.length; i++) value[i] = vector[i] * scale;
        System.arraycopy(cues, 0, value, vector.length, cues.length);
        if (!Double.isNaN(firstLogit)) value[n - 1] = (float) (Math.max(-8, Math.min(8, firstLogit)) / 4);
        for (int i = 0; i < n; i++) index[i] = i;
        return new Sparse(index, value);
    }

    /** (index, value) pairs packed in longs, so that sorting them sorts by index without boxing. */
    private static final class Entries {
        private long[] packed = new long[256];
        private int size;

        void add(int index, float value) {
            if (size == packed.length) packed = Arrays.copyOf(packed, size * 2);
            packed[size++] = ((long) index << 32) | (Float.floatToRawIntBits(value) & 0xFFFFFFFFL);
        }

        /** Sorted by index; a bucket that two groups share gets the sum of their values. */
        Sparse toSparse() {
            Arrays.sort(packed, 0, size);
            int[] index = new int[size];
            float[] value = new float[size];
            int k = -1;
            for (int i = 0; i < size; i++) {
                int idx = (int) (packed[i] >>> 32);
                float v = Float.intBitsToFloat((int) packed[i]);
                if (k >= 0 && index[k] == idx) {
                    value[k] += v;
                } else {
                    index[++k] = idx;
                    value[k] = v;
                }
            }
            return new Sparse(Arrays.copyOf(index, k + 1), Arrays.copyOf(value, k + 1));
        }
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) words.add(m.group());
        return words;
    }

    /**
     * The hash codes of "c:" + each 3-, 4- and 5-character piece of " word ", computed as {@link String#hashCode}
     * would, without building the strings (this is most of the scoring time).
     */
    private static int[] charGrams(List<String> words) {
        int total = 0;
        for (String w : words) total += 3 * (w.length() + 2);
        int[] hashes = new int[total];
        int k = 0;
        int prefix = "c:".hashCode();
        for (String w : words) {
            String padded = " " + DIGITS.matcher(w).replaceAll("0") + " ";
            for (int n = 3; n <= 5; n++) {
                for (int i = 0; i + n <= padded.length(); i++) {
                    int h = prefix;
                    for (int j = i; j < i + n; j++) h = 31 * h + padded.charAt(j);
                    hashes[k++] = h;
                }
            }
        }
        return Arrays.copyOf(hashes, k);
    }

    /** Adds counts of the grams (given by hash code), scaled so that the group has unit length. */
    private static void addGroup(Entries entries, int[] grams) {
        if (grams.length == 0) return;
        int[] buckets = new int[grams.length];
        for (int i = 0; i < grams.length; i++) buckets[i] = bucket(grams[i]);
        Arrays.sort(buckets);
        double squares = 0;
        for (int i = 0, j; i < buckets.length; i = j) {
            for (j = i; j < buckets.length && buckets[j] == buckets[i]; j++) { }
            squares += (double) (j - i) * (j - i);
        }
        double norm = Math.sqrt(squares);
        for (int i = 0, j; i < buckets.length; i = j) {
            for (j = i; j < buckets.length && buckets[j] == buckets[i]; j++) { }
            entries.add(buckets[i], (float) ((j - i) / norm));
        }
    }

    static int bucket(int hashCode) {
        int h = hashCode * 0x9E3779B1;
        return (h ^ (h >>> 15)) & (BUCKETS - 1);
    }
}
