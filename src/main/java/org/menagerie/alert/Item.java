package org.menagerie.alert;

import java.time.Instant;
import org.menagerie.catalog.Check;

/**
 * One monitored text as a stream carries it (a channel export, a feed entry, a replay line).
 *
 * @param id the stream's id of the item, unique within the stream
 * @param published when the outlet published it
 * @param outlet the outlet, channel or account, or null
 * @param url the item's address, or null
 * @param title the headline, or null
 * @param text the text
 * @param language ISO 639-1 code, or null when it is to be detected
 */
public record Item(String id, Instant published, String outlet, String url, String title, String text, String language) {
    public Item {
        Check.notBlank(id, "id");
        Check.notNull(published, "published");
        Check.notBlank(text, "text");
        outlet = Check.optional(outlet);
        url = Check.optional(url);
        title = Check.optional(title);
        language = Check.optional(language);
        if (language != null) Check.language(language, "language");
    }

    /** The title and the text, as the checker reads them. */
    public String fullText() {
        return title == null || text.startsWith(title) ? text : title + "\n\n" + text;
    }
}
