package org.menagerie.watch;

import java.time.Instant;
import org.menagerie.catalog.Check;
import org.menagerie.dedup.Sameness;

/**
 * An article as monitoring keeps it: what it says, where and when it came from, and the story it belongs to.
 *
 * @param id           the store's id, 0 before it is stored
 * @param sourceId     the source it was read from ("export:telegram" for files read without a source)
 * @param itemKey      the item's key within that source
 * @param story        the id of the story's canonical article (its own id when it started the story), 0 before storing
 * @param sameness     how it related to what was seen when it came
 * @param outlet       the outlet that carried it
 * @param url          the address it was read from, or null
 * @param canonicalUrl the canonical form of the page's own canonical address or of url, or null
 * @param title        the headline, or null
 * @param published    when the outlet published it, or null
 * @param fetched      when Menagerie read it
 * @param language     ISO 639-1, or null when it could not be told
 * @param text         the text, or null once retention dropped it
 * @param textChars    the text's length when read (kept when the text is dropped)
 * @param textHash     exact fingerprint of the normalised words
 * @param simHash      64-bit SimHash of the word 3-shingles
 * @param words        words in the text
 * @param provenance   how it came: the source kind and address or file, and the page fetched if any
 */
public record StoredArticle(long id, String sourceId, String itemKey, long story, Sameness sameness, String outlet,
                            String url, String canonicalUrl, String title, Instant published, Instant fetched,
                            String language, String text, int textChars, long textHash, long simHash, int words,
                            String provenance) {
    public StoredArticle {
        if (id < 0 || story < 0) throw new IllegalArgumentException("id and story must not be negative");
        Check.notBlank(sourceId, "sourceId");
        Check.notBlank(itemKey, "itemKey");
        Check.notNull(sameness, "sameness");
        Check.notBlank(outlet, "outlet");
        url = Check.optional(url);
        canonicalUrl = Check.optional(canonicalUrl);
        title = Check.optional(title);
        Check.notNull(fetched, "fetched");
        if (language != null) Check.language(language, "language");
        if (textChars < 0 || words < 0) throw new IllegalArgumentException("textChars and words must not be negative");
        Check.notBlank(provenance, "provenance");
    }

    public StoredArticle withIds(long id, long story) {
        return new StoredArticle(id, sourceId, itemKey, story, sameness, outlet, url, canonicalUrl, title, published,
                fetched, language, text, textChars, textHash, simHash, words, provenance);
    }
}
