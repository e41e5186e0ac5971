package org.menagerie.text;

import org.menagerie.catalog.Check;

/**
 * Words attributed to someone: quoted directly between quotation marks, or reported ("Putin said that ...").
 *
 * @param text the quoted words, without the quotation marks
 * @param speaker the canonical name of who said it, or null when it cannot be told
 * @param speakerText how the speaker is referred to near the quote ("he", "The US Secretary of State"), or null
 * @param verb the verb of saying, or null
 */
public record Quote(Kind kind, String text, int start, int end, String speaker, String speakerText, String verb) {
    public enum Kind { DIRECT, INDIRECT }

    public Quote {
        Check.notNull(kind, "kind");
        Check.notBlank(text, "text");
        Offsets.check(start, end);
        speaker = Check.optional(speaker);
        speakerText = Check.optional(speakerText);
        verb = Check.optional(verb);
    }
}
