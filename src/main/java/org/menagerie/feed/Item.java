package org.menagerie.feed;

import java.time.Instant;
import org.menagerie.catalog.Check;

/**
 * One entry read from a source: a feed entry, a channel post, a line of a JSONL export or of a replay stream. Monitoring
 * stores it as an article; alerting checks it.
 *
 * @param key         identity within its source, stable across polls (a feed's guid, a post's channel and number)
 * @param outlet      the outlet named by the entry itself (a channel, an export's field), or null to use the source's
 * @param url         the entry's page, or null (a channel post without a link)
 * @param title       the headline, or null
 * @param text        the text the source carries (a post, a feed's content or summary), or null
 * @param published   when it was published, or null
 * @param language    the ISO 639-1 code the source declares, or null (detected later)
 * @param summaryOnly whether the text is only a summary, so the page is worth fetching
 */
public record Item(String key, String outlet, String url, String title, String text, Instant published,
                   String language, boolean summaryOnly) {
    public Item {
        Check.notBlank(key, "key");
        outlet = Check.optional(outlet);
        url = Check.optional(url);
        title = Check.optional(title);
        text = Check.optional(text);
        language = language(language);
        if (url == null && text == null && title == null) throw new IllegalArgumentException("item " + key + " must have a url, a title or a text");
    }

    /** The ISO 639-1 code of a declared language ("en-US", "ru_RU", "ro"), or null when it names none. */
    static String language(String declared) {
        if (declared == null) return null;
        String code = declared.strip().toLowerCase(java.util.Locale.ROOT).split("[-_]", 2)[0];
        return code.matches("[a-z]{2}") ? code : null;
    }

    /** The title and text as one text, as fingerprints, analysis and checking read it (a text that opens with its title has it once). */
    public String fullText() {
        if (title == null) return text == null ? "" : text;
        return text == null ? title : text.startsWith(title) ? text : title + "\n\n" + text;
    }
}
