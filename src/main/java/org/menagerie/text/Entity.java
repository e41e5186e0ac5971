package org.menagerie.text;

import java.util.List;
import org.menagerie.catalog.Check;

/**
 * A person, organisation, place or other named thing, with every mention of it.
 *
 * @param name the canonical name: the longest form written ("Jens Stoltenberg" for "Stoltenberg")
 * @param titles the titles written before its mentions, such as "US Secretary of State"
 */
public record Entity(String name, EntityType type, List<Mention> mentions, List<String> titles) {
    public Entity {
        Check.notBlank(name, "name");
        Check.notNull(type, "type");
        mentions = Check.list(mentions, "mentions");
        if (mentions.isEmpty()) throw new IllegalArgumentException("mentions must not be empty");
        titles = Check.list(titles, "titles");
    }

    public int count() {
        return mentions.size();
    }
}
