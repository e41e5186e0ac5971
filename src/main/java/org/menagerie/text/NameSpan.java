package org.menagerie.text;

/**
 * A name found in the text before mentions are grouped into entities; internal to the stages.
 *
 * @param type null while undecided (a lone capitalised word), settled by {@link Entities}
 * @param titleStart where the title written before the name starts, or {@code start} when there is none
 * @param nominal true for a person referred to by a noun or pronoun ("președintele", "el"), not by name
 */
record NameSpan(EntityType type, int start, int end, String text, String title, int titleStart, boolean nominal) {
    NameSpan withType(EntityType t) {
        return new NameSpan(t, start, end, text, title, titleStart, nominal);
    }

    /** The last word of the name: the surname of a person. */
    String last() {
        String[] words = text.split("\\s+");
        return words[words.length - 1];
    }

    String first() {
        return text.split("\\s+")[0];
    }

    int words() {
        return text.split("\\s+").length;
    }
}
