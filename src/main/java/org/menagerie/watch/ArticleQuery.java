package org.menagerie.watch;

import java.time.Instant;

/**
 * Which stored articles to list: all filters optional (null), newest first.
 *
 * @param outlet   only this outlet's
 * @param since    only those read at or after this time
 * @param language only those in this language
 * @param story    only the members of this story (0: any)
 */
public record ArticleQuery(String outlet, Instant since, String language, long story, int limit, int offset) {
    public ArticleQuery {
        if (limit < 1) throw new IllegalArgumentException("limit must be positive: " + limit);
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative: " + offset);
        if (story < 0) throw new IllegalArgumentException("story must not be negative: " + story);
    }

    public static ArticleQuery recent(int limit) {
        return new ArticleQuery(null, null, null, 0, limit, 0);
    }
}
