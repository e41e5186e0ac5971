package org.menagerie.dataset;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** English language names, as datasets write them, to ISO 639-1 codes; the table is {@code languages.tsv}. */
final class LanguageNames {
    private static final Map<String, String> CODES = load();

    private LanguageNames() {}

    /**
     * The ISO 639-1 code for a language name ("Russian"), a code ("ru") or a tag ("en-US"); null when unknown.
     */
    static String code(String name) {
        if (name == null || name.isBlank()) return null;
        String key = name.strip().toLowerCase(Locale.ROOT);
        String code = CODES.get(key);
        if (code != null) return code;
        if (key.matches("[a-z]{2}([-_][a-z0-9]+)*")) return key.substring(0, 2);
        return null;
    }

    private static Map<String, String> load() {
        Map<String, String> codes = new HashMap<>();
        for (String[] row : TextFiles.resourceTable("languages.tsv")) {
            if (row.length != 2 || !row[1].matches("[a-z]{2}")) {
                throw new IllegalStateException("languages.tsv: expected name and ISO 639-1 code: " + String.join("|", row));
            }
            codes.put(row[0].strip().toLowerCase(Locale.ROOT), row[1]);
        }
        return Map.copyOf(codes);
    }
}
