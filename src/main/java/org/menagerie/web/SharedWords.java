package org.menagerie.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words an item's sentence shares with a case's claim, marked in both so that an analyst sees at a glance why they
 * were matched. Words are compared without case and accents; short function words ("the", "și") are not marked.
 */
public final class SharedWords {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int SHORTEST = 3;

    /** A piece of text, marked when it is a shared word. */
    public record Piece(String text, boolean mark) {}

    private SharedWords() {}

    /** {@code text} cut into pieces, the words also found in {@code other} marked. */
    static List<Piece> mark(String text, String other) {
        Set<String> theirs = new HashSet<>();
        Matcher o = WORD.matcher(other == null ? "" : other);
        while (o.find()) theirs.add(fold(o.group()));
        List<Piece> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int last = 0;
        while (m.find()) {
            String w = m.group();
            if (w.length() < SHORTEST || !theirs.contains(fold(w))) continue;
            if (m.start() > last) out.add(new Piece(text.substring(last, m.start()), false));
            out.add(new Piece(w, true));
            last = m.end();
        }
        if (last < text.length()) out.add(new Piece(text.substring(last), false));
        return out;
    }

    private static String fold(String w) {
        return Normalizer.normalize(w, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
