package org.menagerie.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page of archived articles.
 *
 * @param total  how many articles matched
 * @param facets per dimension ({@link #DIMENSIONS}), counts among the matches with every filter applied: outlets and
 *     languages most frequent first, dates in order, stories carried by at least two matching articles
 */
public record ArchiveResult(List<Hit> hits, long total, int page, int size, Map<String, List<Count>> facets) {
    public static final String OUTLET = "outlet", LANGUAGE = "language", DATE = "date", STORY = "story";
    public static final List<String> DIMENSIONS = List.of(OUTLET, LANGUAGE, DATE, STORY);

    public ArchiveResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** How many pages the matches fill, up to the last page a query may ask for. */
    public int pages() {
        long shown = Math.min(total, ArchiveQuery.MAX_HITS);
        return (int) Math.max(1, (shown + size - 1) / size);
    }

    /** The same page with each hit's other outlets filled in. */
    public ArchiveResult withHits(List<Hit> filled) {
        return new ArchiveResult(filled, total, page, size, facets);
    }

    /**
     * One article found.
     *
     * @param date          the day it is filed under (published, else read)
     * @param published     when the outlet published it, or null
     * @param snippet       the best passage of its title and text, HTML-escaped, the query's words in {@code <b>}, or null
     * @param alsoCarriedBy the other outlets of its story, in the order they carried it
     */
    public record Hit(long id, String title, String outlet, String url, LocalDate date, Instant published,
                      String language, long story, float score, String snippet, List<String> alsoCarriedBy) {
        public Hit {
            alsoCarriedBy = List.copyOf(alsoCarriedBy);
        }

        public Hit withAlsoCarriedBy(List<String> outlets) {
            return new Hit(id, title, outlet, url, date, published, language, story, score, snippet, outlets);
        }
    }

    /** A facet value and how many matching articles have it. */
    public record Count(String value, long count) {}
}
