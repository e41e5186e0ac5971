package org.menagerie.ner;

import org.menagerie.catalog.Check;

/** A recognised entity over token indexes [first, last] of one sentence, with its class ("PERSON", "ORG", "PLACE"). */
public record EntityTag(String type, int first, int last) {
    public EntityTag {
        Check.notBlank(type, "type");
        if (first < 0 || last < first) throw new IllegalArgumentException("first and last must be 0 <= first <= last");
    }
}
