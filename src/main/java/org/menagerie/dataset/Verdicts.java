package org.menagerie.dataset;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.menagerie.catalog.Verdict;

/**
 * The mapping from each source's own rating labels to the normalised {@link Verdict}, read from {@code verdicts.tsv}
 * (source, original label, verdict). A label listed under source {@code *} applies to every source that does not list
 * it itself. Labels match case-, accent- and punctuation-insensitively. See docs/verdicts.md.
 */
public final class Verdicts {
    private static final Map<String, Verdict> TABLE = load();

    private Verdicts() {}

    /** The verdict for a source's label, or null when the table does not know it (callers then use UNRATED). */
    public static Verdict of(String source, String label) {
        if (label == null || label.isBlank()) return null;
        String key = normalise(label);
        Verdict v = TABLE.get(source + "\t" + key);
        return v != null ? v : TABLE.get("*\t" + key);
    }

    /** Like {@link #of} but UNRATED for an unknown or missing label. */
    public static Verdict orUnrated(String source, String label) {
        Verdict v = of(source, label);
        return v == null ? Verdict.UNRATED : v;
    }

    static String normalise(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Map<String, Verdict> load() {
        Map<String, Verdict> table = new HashMap<>();
        for (String[] row : TextFiles.resourceTable("verdicts.tsv")) {
            if (row.length != 3) throw new IllegalStateException("verdicts.tsv: expected 3 columns: " + String.join("|", row));
            Verdict v = Verdict.parse(row[2]);
            if (v == null) throw new IllegalStateException("verdicts.tsv: unknown verdict " + row[2]);
            String key = row[0].strip() + "\t" + normalise(row[1]);
            Verdict old = table.put(key, v);
            if (old != null && old != v) throw new IllegalStateException("verdicts.tsv: label listed twice: " + key);
        }
        return Map.copyOf(table);
    }
}
