package org.menagerie.check;

import java.util.List;
import java.util.Locale;
import org.menagerie.catalog.Check;
import org.menagerie.translate.Bridge;

/**
 * Why a case was matched, in terms an editor can check at a glance.
 *
 * @param names capitalised names of the query that the case mentions too (lower-cased)
 * @param numbers numbers both texts contain
 * @param terms the rarest words both share, as the query writes them
 * @param similarity the cosine between the two texts' vectors
 * @param translated for a text matched through its English rendering, its words that carried the match with the
 *     English the case writes ("Крыма" = crimea, "переворота" = coup); empty otherwise
 */
public record Reasons(List<String> names, List<String> numbers, List<String> terms, double similarity, List<Bridge> translated) {
    public Reasons {
        names = Check.list(names, "names");
        numbers = Check.list(numbers, "numbers");
        terms = Check.list(terms, "terms");
        translated = Check.list(translated, "translated");
    }

    public Reasons(List<String> names, List<String> numbers, List<String> terms, double similarity) {
        this(names, numbers, terms, similarity, List.of());
    }

    /**
     * One line, such as {@code names: obama; numbers: 122; terms: guantanamo, terrorist; similarity 0.91} or
     * {@code names: crimea; translated: Крыма = crimea, переворот = coup; similarity 0.88}.
     */
    public String describe() {
        StringBuilder s = new StringBuilder();
        if (!names.isEmpty()) s.append("names: ").append(String.join(", ", names)).append("; ");
        if (!numbers.isEmpty()) s.append("numbers: ").append(String.join(", ", numbers)).append("; ");
        if (!terms.isEmpty()) s.append("terms: ").append(String.join(", ", terms)).append("; ");
        if (!translated.isEmpty()) {
            s.append("translated: ").append(String.join(", ", translated.stream()
                    .map(b -> b.source() + " = " + String.join("/", b.english())).toList())).append("; ");
        }
        return s.append(String.format(Locale.ROOT, "similarity %.2f", similarity)).toString();
    }
}
