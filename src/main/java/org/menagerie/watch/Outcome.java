package org.menagerie.watch;

/** What became of one item. */
public enum Outcome {
    /** Stored, starting a story, and handed on. */
    NEW_STORY,
    /** Stored as another outlet's copy of a known story. */
    COPY,
    /** Not stored: this item of this source, or this address, was stored before. */
    SEEN,
    /** Not stored: no text could be had for it. */
    EMPTY
}
