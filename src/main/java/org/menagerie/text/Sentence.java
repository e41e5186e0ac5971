package org.menagerie.text;

import org.menagerie.catalog.Check;

/** One sentence, with its character offsets in the analysed text (end exclusive). */
public record Sentence(int start, int end, String text) {
    public Sentence {
        Offsets.check(start, end);
        Check.notNull(text, "text");
    }
}
