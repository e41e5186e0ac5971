package org.menagerie.dedup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words and word shingles of a text as de-duplication sees them: runs of letters and digits, lower-cased, links left
 * out, so that markup, emoji, links and punctuation that reposts change freely do not count.
 */
public final class Words {
    /** Words per shingle. */
    public static final int SHINGLE = 3;

    private Words() {}

    /** Links are not words: reposts rewrite them (trackers, channel invitations) while the text stays. */
    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("(?i)\\b(?:https?://|www\\.|t\\.me/)\\S*");

    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) return words;
        if (text.indexOf("http") >= 0 || text.indexOf("www.") >= 0 || text.indexOf("t.me/") >= 0) text = LINK.matcher(text).replaceAll(" ");
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            boolean word = Character.isLetterOrDigit(cp);
            if (word && start < 0) start = i;
            if (!word && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        return words;
    }

    /** The word 3-shingles, joined by a space; a text of fewer words gives one shingle of all of them. */
    public static Set<String> shingles(String text) {
        List<String> w = of(text);
        Set<String> out = new HashSet<>();
        if (w.isEmpty()) return out;
        int n = Math.min(SHINGLE, w.size());
        for (int i = 0; i + n <= w.size(); i++) out.add(String.join(" ", w.subList(i, i + n)));
        return out;
    }

    /** Jaccard similarity of two shingle sets; two empty sets are not similar. */
    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        long common = small.stream().filter(large::contains).count();
        return (double) common / (a.size() + b.size() - common);
    }

    /** The words rejoined by single spaces: the form the exact text hash is taken of. */
    public static String normalised(String text) {
        return String.join(" ", of(text));
    }

    static Set<String> distinct(List<String> words) {
        return new HashSet<>(words);
    }
}
