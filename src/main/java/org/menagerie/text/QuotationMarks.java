package org.menagerie.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds text between quotation marks: „…” and „…“ (Romanian), “…” (English, with a stray inner “ kept inside),
 * «…», "…" and ‘…’ (the closing ’ must not be an apostrophe inside a word, as in "Russia’s"). A quotation does not
 * run past the end of its paragraph.
 */
final class QuotationMarks {
    /** The words quoted (start, end) and the marks around them (open, close). */
    record Span(int open, int start, int end, int close) {}

    private QuotationMarks() {}

    static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = switch (c) {
                case '„' -> firstOf(text, i + 1, "”“");
                case '“' -> firstOf(text, i + 1, "”");
                case '«' -> firstOf(text, i + 1, "»");
                case '"' -> firstOf(text, i + 1, "\"");
                case '‘' -> i == 0 || !Character.isLetter(text.charAt(i - 1)) ? closingSingle(text, i + 1) : -1;
                default -> -1;
            };
            if (close > i + 1) {
                int start = i + 1;
                int end = close;
                while (end > start && ",.;: ".indexOf(text.charAt(end - 1)) >= 0) end--;
                while (start < end && Character.isWhitespace(text.charAt(start))) start++;
                if (end > start) out.add(new Span(i, start, end, close));
                i = close + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int firstOf(String text, int from, String closers) {
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if (closers.indexOf(c) >= 0) return k;
            if (c == '\n') return -1;
        }
        return -1;
    }

    private static int closingSingle(String text, int from) {
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\n') return -1;
            if (c == '’' && (k + 1 == text.length() || !Character.isLetter(text.charAt(k + 1)))) return k;
        }
        return -1;
    }
}
