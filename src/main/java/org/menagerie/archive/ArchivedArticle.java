package org.menagerie.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.menagerie.catalog.Check;
import org.menagerie.watch.StoredArticle;

/**
 * What the archive keeps of a stored article.
 *
 * @param id        the store's id
 * @param story     the id of its story's canonical article
 * @param published when the outlet published it, or null when the source did not say
 * @param fetched   when monitoring read it: the date of an article without {@code published}, and what retention counts from
 * @param text      the text, or null once retention dropped it (the title alone is then searched)
 */
public record ArchivedArticle(long id, long story, String outlet, String url, String title, Instant published,
                              Instant fetched, String language, String text) {
    public ArchivedArticle {
        if (id < 1 || story < 1) throw new IllegalArgumentException("id and story must be positive: " + id + ", " + story);
        Check.notBlank(outlet, "outlet");
        Check.notNull(fetched, "fetched");
        url = Check.optional(url);
        title = Check.optional(title);
        text = Check.optional(text);
        if (language != null) Check.language(language, "language");
    }

    public static ArchivedArticle of(StoredArticle a) {
        return new ArchivedArticle(a.id(), a.story(), a.outlet(), a.url(), a.title(), a.published(), a.fetched(),
                a.language(), a.text());
    }

    /** The day it is filed under: published, else read (UTC). */
    public LocalDate date() {
        return (published != null ? published : fetched).atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** The instant it sorts by: published, else read. */
    public Instant time() {
        return published != null ? published : fetched;
    }

    public ArchivedArticle withoutText() {
        return new ArchivedArticle(id, story, outlet, url, title, published, fetched, language, null);
    }
}
