package org.menagerie.ner;

import java.util.List;
import org.menagerie.catalog.Check;

/** One training sentence: its tokens and their BIO2 tags ("B-PERSON", "I-PERSON", "O"). */
public record TaggedSentence(List<String> tokens, List<String> tags) {
    public TaggedSentence {
        tokens = Check.list(tokens, "tokens");
        tags = Check.list(tags, "tags");
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException("tags must match tokens: " + tags.size() + " tags for " + tokens.size()
                    + " tokens");
        }
    }
}
