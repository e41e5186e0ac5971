package org.menagerie.check;

import java.util.LinkedHashSet;
import java.util.Set;
import org.menagerie.catalog.Case;

/** The text of a case that matching sees: claim, title and summary, each once. */
public final class CaseText {
    private CaseText() {}

    public static String passage(Case c) {
        Set<String> parts = new LinkedHashSet<>();
        parts.add(c.claim());
        parts.add(c.title());
        if (c.summary() != null) parts.add(c.summary());
        return String.join(" ", parts);
    }
}
