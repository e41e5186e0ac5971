package org.menagerie.ner;

import java.util.List;
import java.util.Locale;

/**
 * The features of each token, hashed into a fixed number of buckets: the word and its neighbours, affixes, word
 * shape and the capitalisation around it, its place in the sentence, LanguageTool's lemma and parts of speech (an
 * unknown capitalised word is usually a name), and the gazetteer's marks for it and its neighbours.
 */
public final class TokenFeatures {
    private static final Locale RO = Locale.forLanguageTag("ro");
    private static final String START = "<s>";
    private static final String END = "</s>";

    private final int mask;
    private final Gazetteer gazetteer;

    /** @param bits the log2 of the bucket count */
    TokenFeatures(int bits, Gazetteer gazetteer) {
        if (bits < 10 || bits > 26) throw new IllegalArgumentException("bits must be within 10..26");
        this.mask = (1 << bits) - 1;
        this.gazetteer = gazetteer;
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    int[][] of(List<String> tokens) {
        return of(tokens, gazetteer);
    }

    /** The features of every token, with the gazetteer given (training passes one built without the sentence). */
    public int[][] of(List<String> tokens, Gazetteer names) {
        int n = tokens.size();
        String[] lower = new String[n];
        String[] shape = new String[n];
        Lexical.Entry[] lex = new Lexical.Entry[n];
        for (int i = 0; i < n; i++) {
            lower[i] = tokens.get(i).toLowerCase(RO);
            shape[i] = shape(tokens.get(i));
            lex[i] = Lexical.ofLowerCase(lower[i]);
        }
        int[] marks = names.marks(tokens);
        int[][] out = new int[n][];
        Hashes h = new Hashes(mask);
        for (int i = 0; i < n; i++) {
            h.reset();
            String w = tokens.get(i);
            String lw = lower[i];
            String prev = i > 0 ? lower[i - 1] : START;
            String next = i + 1 < n ? lower[i + 1] : END;
            String prevShape = i > 0 ? shape[i - 1] : START;
            String nextShape = i + 1 < n ? shape[i + 1] : END;
            h.add(0, "");
            h.add(1, lw);
            h.add(2, w);
            for (int k = 1; k <= 4 && k <= lw.length(); k++) {
                h.addRange(2 + k, lw, 0, k);
                h.addRange(6 + k, lw, lw.length() - k, lw.length());
            }
            h.add(11, shape[i]);
            h.add(12, prev);
            h.add(13, next);
            h.add(14, i > 1 ? lower[i - 2] : START);
            h.add(15, i + 2 < n ? lower[i + 2] : END);
            h.add(16, prev, lw);
            h.add(17, lw, next);
            h.add(18, prevShape, shape[i], nextShape);
            h.add(19, lex[i].pos());
            h.add(20, lex[i].lemma());
            h.add(21, i > 0 ? lex[i - 1].pos() : START);
            h.add(22, i + 1 < n ? lex[i + 1].pos() : END);
            h.add(23, i > 0 ? lex[i - 1].pos() : START, lex[i].pos());
            h.add(24, i == 0 ? "first" : "inside", shape[i]);
            h.add(25, lex[i].pos(), shape[i]);
            h.add(26, prev, shape[i]);
            h.add(27, i > 0 ? lex[i - 1].lemma() : START);
            h.addNumber(28, Math.min(lw.length(), 12));
            marks(h, 29, marks[i]);
            if (i > 0) marks(h, 30, marks[i - 1]);
            if (i + 1 < n) marks(h, 31, marks[i + 1]);
            h.add(32, shape[i], nextShape);
            h.add(33, prevShape, shape[i]);
            out[i] = h.toArray();
        }
        return out;
    }

    private static void marks(Hashes h, int template, int bits) {
        for (int b = 0; b < 32; b++) if ((bits & (1 << b)) != 0) h.addNumber(template, b);
    }

    /** Word shape with runs collapsed: "Ion" -> "Xx", "NATO" -> "X", "S.U.A." -> "X.X.X.", "1989" -> "d". */
    static String shape(String word) {
        StringBuilder s = new StringBuilder(8);
        char last = 0;
        for (int i = 0; i < word.length() && s.length() < 8; i++) {
            char c = word.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != last) s.append(k);
            last = k;
        }
        return s.toString();
    }

    /** Accumulates hashed feature ids without building feature strings. */
    private static final class Hashes {
        private final int mask;
        private int[] ids = new int[64];
        private int size;

        Hashes(int mask) {
            this.mask = mask;
        }

        void reset() {
            size = 0;
        }

        void add(int template, String a) {
            put(mix(start(template), a, 0, a.length()));
        }

        void add(int template, String a, String b) {
            put(mix(mix(start(template), a, 0, a.length()), b, 0, b.length()));
        }

        void add(int template, String a, String b, String c) {
            put(mix(mix(mix(start(template), a, 0, a.length()), b, 0, b.length()), c, 0, c.length()));
        }

        void addRange(int template, String a, int from, int to) {
            put(mix(start(template), a, from, to));
        }

        void addNumber(int template, int n) {
            put((start(template) ^ (n + 1)) * 0x01000193);
        }

        private static int start(int template) {
            return 0x811c9dc5 ^ (template * 0x9E3779B1);
        }

        private static int mix(int h, String p, int from, int to) {
            for (int i = from; i < to; i++) h = (h ^ p.charAt(i)) * 0x01000193;
            return (h ^ 0x1f) * 0x01000193;
        }

        private void put(int h) {
            h ^= h >>> 16;
            h *= 0x85ebca6b;
            h ^= h >>> 13;
            h *= 0xc2b2ae35;
            h ^= h >>> 16;
            if (size == ids.length) ids = java.util.Arrays.copyOf(ids, size * 2);
            ids[size++] = h & mask;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(ids, size);
        }
    }
}
