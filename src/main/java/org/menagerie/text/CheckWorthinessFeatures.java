package org.menagerie.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a sentence into the sparse vector the check-worthiness model reads: hashed word 1-3-grams and in-word
 * character 3-5-grams (each group scaled to unit length), followed by the language-neutral cues. Hashing keeps the
 * model a fixed-size array with no vocabulary to ship; {@link String#hashCode} is specified, so it is stable.
 */
final class CheckWorthinessFeatures {
    /** Hashed lexical dimensions; the cues follow them. */
    static final int BUCKETS = 1 << 18;
    static final int DIMENSIONS = BUCKETS + CheckWorthinessCues.SIZE;

    private static final Pattern WORD = Pattern.compile("\\d+(?:[.,]\\d+)*|\\p{L}+(?:'\\p{L}+)*|[%$€]");
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,]\\d+)*");

    /** A sparse vector, indices ascending and distinct. */
    record Sparse(int[] index, float[] value) {
        Sparse {
            if (index.length != value.length) throw new IllegalArgumentException("index and value differ in length");
        }
    }

    private CheckWorthinessFeatures() {}

    static Sparse of(String text, String language) {
        TreeMap<Integer, Float> features = new TreeMap<>();
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
            addGroup(features, grams);
            List<String> chars = new ArrayList<>();
            for (String w : words) {
                String padded = " " + DIGITS.matcher(w).replaceAll("0") + " ";
                for (int n = 3; n <= 5; n++) {
                    for (int i = 0; i + n <= padded.length(); i++) chars.add("c:" + padded.substring(i, i + n));
                }
            }
            addGroup(features, chars);
        }
        float[] cues = CheckWorthinessCues.of(text, language);
        for (int i = 0; i < cues.length; i++) if (cues[i] != 0) features.put(BUCKETS + i, cues[i]);
        int[] index = new int[features.size()];
        float[] value = new float[features.size()];
        int k = 0;
        for (var e : features.entrySet()) {
            index[k] = e.getKey();
            value[k++] = e.getValue();
        }
        return new Sparse(index, value);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) words.add(m.group());
        return words;
    }

    /** Adds counts of the grams, scaled so that the group has unit length. */
    private static void addGroup(TreeMap<Integer, Float> features, List<String> grams) {
        if (grams.isEmpty()) return;
        TreeMap<Integer, Float> counts = new TreeMap<>();
        for (String g : grams) counts.merge(bucket(g), 1f, Float::sum);
        double norm = Math.sqrt(counts.values().stream().mapToDouble(c -> c * c).sum());
        for (var e : counts.entrySet()) features.merge(e.getKey(), (float) (e.getValue() / norm), Float::sum);
    }

    static int bucket(String gram) {
        int h = gram.hashCode() * 0x9E3779B1;
        return (h ^ (h >>> 15)) & (BUCKETS - 1);
    }
}
