package org.menagerie.catalog;

/**
 * The normalised rating of a case. Every source's own label is kept beside it ({@link Case#originalLabel()}); the
 * mapping from labels to verdicts is data, in {@code verdicts.tsv} of the dataset package.
 */
public enum Verdict {
    /** The claim is wrong. */
    FALSE,
    /** Built on something true, but framed or selected to mislead. */
    MISLEADING,
    /** Accurate on its face, but leaves out what changes its meaning. */
    MISSING_CONTEXT,
    /** Partly true and partly false. */
    MIXED,
    /** The claim holds. */
    TRUE,
    /** There is not enough evidence either way. */
    UNPROVEN,
    /** Part of a coordinated disinformation effort (EUvsDisinfo's cases, for instance). */
    DISINFORMATION,
    /** Satire or parody taken for fact. */
    SATIRE,
    /** The source published no rating we can map. */
    UNRATED;

    /** Whether the verdict says the claim does not hold as stated: what a reader counts as debunked. */
    public boolean debunks() {
        return switch (this) {
            case FALSE, MISLEADING, MISSING_CONTEXT, DISINFORMATION, SATIRE -> true;
            case MIXED, TRUE, UNPROVEN, UNRATED -> false;
        };
    }

    /** Parses a verdict name, case-insensitive, with spaces or dashes for underscores; null when it is none. */
    public static Verdict parse(String name) {
        if (name == null || name.isBlank()) return null;
        String key = name.trim().toUpperCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (Verdict v : values()) if (v.name().equals(key)) return v;
        return null;
    }
}
