package org.menagerie.dedup;

/** How a new article relates to what was seen before. */
public enum Sameness {
    /** Nothing like it was seen: it starts a story. */
    NEW,
    /** The same address (after canonicalisation) was stored already: the item came again and is not stored twice. */
    SAME_URL,
    /** The same words, from another address: a repost or syndicated copy, joining the story. */
    SAME_TEXT,
    /** Nearly the same words (SimHash within k bits): an edited copy, joining the story. */
    NEAR
}
