package org.menagerie.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A check against what the page itself says its article is: many publishers state the body in their JSON-LD
 * (schema.org articleBody). A paragraph few of whose words occur there is chrome the markup did not give away
 * (a teaser, a caption, a promotion). The stated body is only trusted when it holds most of the extracted text:
 * a truncated or unrelated one would otherwise throw the article away.
 */
final class Stated {
    /** The share of the extracted words the stated body must cover before it is used to drop anything. */
    private static final double TRUSTED = 0.6;
    /** Paragraphs this short (in words) are not judged: too few words to tell. */
    private static final int FEW_WORDS = 4;

    private Stated() {}

    static List<String> filter(List<String> paragraphs, String statedBody, double coverage) {
        if (coverage == 0 || statedBody == null || paragraphs.isEmpty()) return paragraphs;
        Set<String> stated = new HashSet<>(words(statedBody));
        List<String> kept = new ArrayList<>();
        int total = 0, covered = 0;
        for (String p : paragraphs) {
            List<String> words = words(p);
            int in = 0;
            for (String w : words) if (stated.contains(w)) in++;
            total += words.size();
            covered += in;
            if (words.size() < FEW_WORDS || in >= coverage * words.size()) kept.add(p);
        }
        if (total == 0 || covered < TRUSTED * total || kept.isEmpty()) return paragraphs;
        return List.copyOf(kept);
    }

    /** Lower-case runs of letters and digits: markup, entities and punctuation differ between the two texts. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(c);
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        return out;
    }
}
