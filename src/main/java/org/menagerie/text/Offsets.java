package org.menagerie.text;

/** The one check for character ranges, shared by every value that points into the text. */
final class Offsets {
    private Offsets() {}

    static void check(int start, int end) {
        if (start < 0) throw new IllegalArgumentException("start must not be negative: " + start);
        if (end < start) throw new IllegalArgumentException("end must not be before start: " + start + ".." + end);
    }
}
