package org.menagerie.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** Small parsing helpers the tabular readers share. */
final class Fields {
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n\\u2028\\u2029]+\\s*");

    private Fields() {}

    /** The values of a multi-valued field, stripped, blanks and repeats dropped, in their order. */
    static List<String> split(String value, String separatorRegex) {
        if (value == null || value.isBlank()) return List.of();
        var values = new LinkedHashSet<String>();
        for (String v : value.split(separatorRegex)) {
            if (!v.isBlank()) values.add(v.strip());
        }
        return new ArrayList<>(values);
    }

    /** A one-line field whose source wrapped it: line breaks become single spaces. */
    static String oneLine(String value) {
        return value == null ? null : LINE_BREAKS.matcher(value).replaceAll(" ").strip();
    }

    /** A multi-line text field with its line breaks made uniform (LF) and its ends stripped; null for a blank one. */
    static String text(String value) {
        if (value == null || value.isBlank()) return null;
        return value.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** A date in the given pattern; null for a blank value. */
    static LocalDate date(String value, DateTimeFormatter format) throws DateTimeParseException {
        if (value == null || value.isBlank()) return null;
        return LocalDate.parse(value.strip(), format);
    }

    /** The first physical line of a file (after a byte-order mark), or "" for an empty file: for format detection. */
    static String firstLine(Path file) throws IOException {
        try (var reader = new BufferedReader(TextFiles.open(file))) {
            String line = reader.readLine();
            return line == null ? "" : line;
        }
    }

    /** A shortened view of a line for error messages. */
    static String preview(String line) {
        String oneLine = oneLine(line);
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
    }
}
