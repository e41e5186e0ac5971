package org.menagerie.text;

import org.menagerie.catalog.Check;

/** A source the text cites for its facts ("according to Euractiv") or credits for a picture ("Photo source: Reuters"). */
public record CitedSource(Kind kind, String name, int start, int end) {
    public enum Kind { CITED, PHOTO }

    public CitedSource {
        Check.notNull(kind, "kind");
        Check.notBlank(name, "name");
        Offsets.check(start, end);
    }
}
