package org.menagerie.catalog;

/**
 * A case's or a narrative's texts in another language, for readers of that language. A case uses all four fields; a
 * narrative uses {@code title} for its name and {@code summary} for its description.
 *
 * @param title the headline (a narrative's name)
 * @param claim the claim, or null to keep the original's
 * @param summary what the disinformation says (a narrative's description), or null
 * @param debunk why the claim is false or misleading, or null
 */
public record Translation(String title, String claim, String summary, String debunk) {
    public Translation {
        title = Check.notBlank(title, "title").strip();
        claim = Check.optional(claim);
        summary = Check.optional(summary);
        debunk = Check.optional(debunk);
    }
}
