package org.menagerie.watch;

/** Fetches and extracts the page of an item whose source holds only a summary. */
@FunctionalInterface
public interface Pages {
    /** The page as extracted, or null when it could not be had (the item's own text is used then). */
    Page fetch(String url);

    /** Page fetching off: items keep the text their source gives. */
    Pages NONE = url -> null;

    /** What intake needs of an extracted page. */
    record Page(String title, String text, String canonicalUrl) {}
}
