package org.menagerie.lab.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Tab-separated records as Python's csv module writes them: a field that starts with a double quote runs to the
 * closing quote, across tabs and newlines, with {@code ""} for a quote inside.
 */
final class Tsv {
    private Tsv() {}

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0, n = text.length();
        boolean fieldStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (fieldStart && c == '"') {
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (d == '"' && i + 1 < n && text.charAt(i + 1) == '"') { field.append('"'); i += 2; }
                    else if (d == '"') { i++; break; }
                    else { field.append(d); i++; }
                }
                fieldStart = false;
                continue;
            }
            if (c == '\t') {
                row.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                row.add(field.toString());
                field.setLength(0);
                if (!(row.size() == 1 && row.get(0).isEmpty())) rows.add(row);
                row = new ArrayList<>();
                fieldStart = true;
            } else {
                field.append(c);
                fieldStart = false;
            }
            i++;
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
