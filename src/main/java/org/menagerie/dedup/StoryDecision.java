package org.menagerie.dedup;

import org.menagerie.catalog.Check;

/**
 * What de-duplication decided for one article.
 *
 * @param sameness how it relates to what was seen
 * @param story    the story it joins, or 0 when it starts one
 * @param article  the earlier article it matched, or 0
 * @param distance SimHash bits from that article (0 for exact matches, -1 when new)
 */
public record StoryDecision(Sameness sameness, long story, long article, int distance) {
    public static final StoryDecision NEW = new StoryDecision(Sameness.NEW, 0, 0, -1);

    public StoryDecision {
        Check.notNull(sameness, "sameness");
        if ((sameness == Sameness.NEW) != (story == 0)) throw new IllegalArgumentException("story must be 0 exactly when new: " + story);
    }

    public boolean isNew() {
        return sameness == Sameness.NEW;
    }
}
