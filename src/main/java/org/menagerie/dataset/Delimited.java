package org.menagerie.dataset;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small reader of delimited text (RFC 4180 CSV, or TSV), one record at a time, that remembers the physical line
 * each record starts on. With quoting on, a field that starts with a double quote runs to the matching quote, may hold
 * the delimiter and line breaks, and writes a quote as two; with quoting off (LIAR's TSV), quotes are plain text.
 */
final class Delimited {

    /**
     * One record.
     *
     * @param line the 1-based physical line it starts on
     * @param fields its fields, unquoted
     * @param unterminated true when the input ended inside a quoted field
     */
    record Row(long line, List<String> fields, boolean unterminated) {
        String get(int i) {
            return i < fields.size() ? fields.get(i) : "";
        }

        int size() {
            return fields.size();
        }
    }

    private final Reader in;
    private final char delimiter;
    private final boolean quoting;
    private long line = 1;
    private int pushedBack = -2;

    Delimited(Reader in, char delimiter, boolean quoting) {
        this.in = in;
        this.delimiter = delimiter;
        this.quoting = quoting;
    }

    /** The next record, or null at the end of the input; blank lines are skipped. */
    Row next() throws IOException {
        int c = read();
        while (c == '\n' || c == '\r') c = read(); // blank lines
        if (c == -1) return null;
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean unterminated = false;
        while (true) {
            if (quoting && c == '"' && field.length() == 0) {
                unterminated = !readQuoted(field);
                c = read();
                // Text after the closing quote (a malformed field) is kept as it is.
                while (c != -1 && c != delimiter && c != '\n' && c != '\r') {
                    field.append((char) c);
                    c = read();
                }
            }
            if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                c = read();
            } else if (c == '\n' || c == '\r' || c == -1) {
                if (c == '\r') {
                    int n = read();
                    if (n != '\n') unread(n);
                }
                fields.add(field.toString());
                return new Row(start, fields, unterminated);
            } else {
                field.append((char) c);
                c = read();
            }
        }
    }

    /** Reads a quoted field's content after its opening quote; false when the input ends first. */
    private boolean readQuoted(StringBuilder field) throws IOException {
        while (true) {
            int c = read();
            if (c == -1) return false;
            if (c == '"') {
                int n = read();
                if (n == '"') {
                    field.append('"');
                } else {
                    unread(n);
                    return true;
                }
            } else {
                field.append((char) c);
            }
        }
    }

    private int read() throws IOException {
        int c;
        if (pushedBack != -2) {
            c = pushedBack;
            pushedBack = -2;
            return c;
        }
        c = in.read();
        if (c == '\n') line++;
        return c;
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
