package org.menagerie.extract;

/**
 * The bounds that keep one page's work small whatever the input. A page is refused (with {@link ExtractException})
 * over {@link #MAX_INPUT_BYTES}, raw or after gunzip; its markup is cut after {@link #MAX_TAGS} tags and its tree
 * flattened below {@link #MAX_DEPTH} levels, both recorded as problems; no stage recurses, and every stage is linear
 * in the number of nodes (removals are done in bulk, per parent). Measured on the worst generated inputs (8 MiB of
 * nested tags, 240,000 sibling blocks, 200,000-level nesting, 2 MB attributes): each page runs in a 256 MB heap and
 * takes at most about 10 s of wall time on a busy 2-core machine; real news pages (20 KB to 1.5 MB) take a few ms.
 */
public final class PageLimits {
    /** The largest input taken, in bytes (raw, and decompressed for .gz). */
    public static final int MAX_INPUT_BYTES = 8 << 20;
    /** Markup is cut after this many '<' characters, which bounds the number of nodes jsoup builds. */
    public static final int MAX_TAGS = 250_000;
    /** Elements deeper than this are replaced by their text, so no tree walk can go deeper. */
    public static final int MAX_DEPTH = 200;
    /** Class and id names are read up to this length (a junk blob of a class name is not looked through). */
    public static final int MAX_NAME_CHARS = 512;
    /** JSON-LD blocks larger than this are skipped. */
    public static final int MAX_JSON_LD_CHARS = 1 << 20;

    private PageLimits() {}
}
