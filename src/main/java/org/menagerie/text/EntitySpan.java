package org.menagerie.text;

import org.menagerie.catalog.Check;

/** A typed span of text, as entity annotations are compared (end exclusive). */
public record EntitySpan(EntityType type, int start, int end) {
    public EntitySpan {
        Check.notNull(type, "type");
        Offsets.check(start, end);
    }
}
