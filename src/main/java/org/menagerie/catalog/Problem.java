package org.menagerie.catalog;

/**
 * Something wrong with one input record, met while reading leniently: the rest of the input goes on.
 *
 * @param file the file (or source) name
 * @param line the 1-based line or record number, 0 when unknown
 * @param reason what was wrong, in a sentence
 */
public record Problem(String file, long line, String reason) {
    public Problem {
        Check.notBlank(reason, "reason");
        if (line < 0) throw new IllegalArgumentException("line must not be negative: " + line);
    }

    @Override
    public String toString() {
        return (file == null ? "" : file) + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}
