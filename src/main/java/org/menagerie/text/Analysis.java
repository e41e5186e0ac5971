package org.menagerie.text;

import java.util.List;
import org.menagerie.catalog.Check;

/**
 * What reading a text found; every offset points into the analysed text.
 *
 * @param language an ISO 639-1 code, or {@link Languages#UNKNOWN} for text too short or too odd to tell
 */
public record Analysis(String language, List<Sentence> sentences, List<Entity> entities, List<Quote> quotes,
                       List<CitedSource> sources, List<Amount> amounts, List<DateMention> dates, List<Warning> warnings) {
    public Analysis {
        Check.notBlank(language, "language");
        sentences = Check.list(sentences, "sentences");
        entities = Check.list(entities, "entities");
        quotes = Check.list(quotes, "quotes");
        sources = Check.list(sources, "sources");
        amounts = Check.list(amounts, "amounts");
        dates = Check.list(dates, "dates");
        warnings = Check.list(warnings, "warnings");
    }

    /** The entity with this canonical name, if any. */
    public java.util.Optional<Entity> entity(String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
