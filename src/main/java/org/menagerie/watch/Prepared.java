package org.menagerie.watch;

import org.menagerie.dedup.Fingerprint;
import org.menagerie.dedup.Sketch;
import org.menagerie.feed.Item;

/**
 * An item with the work done that needs no other item: its page fetched and extracted, its language told, its
 * fingerprints made; or the outcome already known ({@code skipped}) when it was seen before or has no text.
 */
record Prepared(String sourceId, Item item, Outcome skipped, boolean fromPage, String canonical, String title, String text,
                String language, Fingerprint fingerprint, Sketch sketch) {
    Prepared {
        if (item == null) throw new IllegalArgumentException("item must not be null");
        if (skipped == null && fingerprint == null) throw new IllegalArgumentException("a prepared item needs its fingerprint");
    }

    static Prepared skipped(String sourceId, Item item, Outcome outcome) {
        return new Prepared(sourceId, item, outcome, false, null, null, null, null, null, null);
    }
}
