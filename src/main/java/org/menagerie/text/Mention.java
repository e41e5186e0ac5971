package org.menagerie.text;

import org.menagerie.catalog.Check;

/**
 * One place where an entity is named.
 *
 * @param text the name as written, without a title ("Jens Stoltenberg")
 * @param title the title written before it ("NATO Secretary"), or null
 */
public record Mention(String text, int start, int end, String title) {
    public Mention {
        Check.notBlank(text, "text");
        Offsets.check(start, end);
        title = Check.optional(title);
    }
}
