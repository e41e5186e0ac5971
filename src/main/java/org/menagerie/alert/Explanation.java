package org.menagerie.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.menagerie.catalog.Check;

/**
 * Why an item was linked to a case, in parts a page can highlight on both sides: the names, numbers and words the item
 * shares with the case's claim, and the cues that make it "restates" rather than "discusses" (or the reverse). As one
 * line ({@link #describe}) it is the alert's reasons: {@code restates | names: Kors | numbers: 7 | words: perfume,
 * sample | why: ...}; {@link #parse} reads such a line back.
 */
public record Explanation(Relation relation, List<String> names, List<String> numbers, List<String> words, List<String> why) {
    private static final String SEP = " | ";

    public Explanation {
        Check.notNull(relation, "relation");
        names = clean(names);
        numbers = clean(numbers);
        words = clean(words);
        why = Check.list(why, "why").stream().map(s -> s.replace("|", "/").replace(";", ",").strip()).filter(s -> !s.isEmpty()).toList();
    }

    /** The line: relation first, then each non-empty part as {@code key: a, b}. */
    public String describe() {
        StringBuilder b = new StringBuilder(relation.label());
        part(b, "names", names, ", ");
        part(b, "numbers", numbers, ", ");
        part(b, "words", words, ", ");
        part(b, "why", why, "; ");
        return b.toString();
    }

    /** The parts of a line {@link #describe} wrote; a line in another form is kept whole as the reason why. */
    public static Explanation parse(String reasons) {
        if (reasons == null || reasons.isBlank()) return new Explanation(Relation.RESTATES, List.of(), List.of(), List.of(), List.of());
        String[] parts = reasons.split(" \\| ");
        Relation relation;
        try {
            relation = Relation.valueOf(parts[0].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return new Explanation(Relation.RESTATES, List.of(), List.of(), List.of(), List.of(reasons));
        }
        List<String> names = List.of(), numbers = List.of(), words = List.of(), why = List.of();
        for (int i = 1; i < parts.length; i++) {
            int colon = parts[i].indexOf(": ");
            if (colon < 0) continue;
            String key = parts[i].substring(0, colon), value = parts[i].substring(colon + 2);
            switch (key) {
                case "names" -> names = List.of(value.split(", "));
                case "numbers" -> numbers = List.of(value.split(", "));
                case "words" -> words = List.of(value.split(", "));
                case "why" -> why = List.of(value.split("; "));
                default -> { }
            }
        }
        return new Explanation(relation, names, numbers, words, why);
    }

    private static void part(StringBuilder b, String key, List<String> values, String joiner) {
        if (!values.isEmpty()) b.append(SEP).append(key).append(": ").append(String.join(joiner, values));
    }

    /** Tokens without the separators, once each, in order. */
    private static List<String> clean(List<String> tokens) {
        List<String> out = new ArrayList<>();
        for (String t : Check.list(tokens, "tokens")) {
            String s = t.replace("|", " ").replace(",", " ").replace(";", " ").strip();
            if (!s.isEmpty() && !out.contains(s)) out.add(s);
        }
        return List.copyOf(out);
    }
}
