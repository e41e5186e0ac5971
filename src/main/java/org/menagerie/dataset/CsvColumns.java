package org.menagerie.dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of the CSV export, one row per case, and how a cell holds several values: joined with {@code |}, a
 * literal {@code |} or {@code \} written {@code \|} or {@code \\}. The four appearance columns are parallel lists
 * (the n-th outlet, URL, date and archived URL belong to the n-th appearance; a missing part is an empty value).
 * Documented in docs/datasets.md.
 */
final class CsvColumns {
    static final List<String> HEADER = List.of("id", "claim", "title", "summary", "debunk", "verdict", "original_label",
            "languages", "countries", "keywords", "appearance_outlets", "appearance_urls", "appearance_dates",
            "appearance_archived_urls", "first_seen", "claimant", "reviewer", "review_url", "review_date", "narratives",
            "status", "provenance_dataset", "provenance_file", "provenance_line", "provenance_editor");

    private CsvColumns() {}

    static String join(List<String> values) {
        var cell = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) cell.append('|');
            String v = values.get(i);
            if (v != null) cell.append(v.replace("\\", "\\\\").replace("|", "\\|"));
        }
        return cell.toString();
    }

    /** The values of a cell; an empty cell has none. Empty values between separators come back as "". */
    static List<String> split(String cell) {
        List<String> values = new ArrayList<>();
        if (cell.isEmpty()) return values;
        var value = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                value.append(cell.charAt(++i));
            } else if (c == '|') {
                values.add(value.toString());
                value.setLength(0);
            } else {
                value.append(c);
            }
        }
        values.add(value.toString());
        return values;
    }

    /** One RFC 4180 field: quoted when it holds a comma, a quote or a line break, quotes doubled. */
    static String quote(String value) {
        if (value == null) return "";
        boolean needs = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
