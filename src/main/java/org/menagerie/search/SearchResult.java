package org.menagerie.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page of hits.
 *
 * @param hits the page's hits, best first
 * @param total how many cases matched: for keyword search every match; for vector and hybrid search the candidates
 *     ranked (the nearest neighbours plus the keyword matches fused with them)
 * @param page the 1-based page
 * @param size the page size asked for
 * @param facets per dimension, the most frequent values among the keyword matches with the filters applied (for
 *     vector search: among the neighbours found)
 * @param facetsEstimated whether the facet counts were estimated, from every k-th match, because the query matched
 *     more than 20,000 cases; exact otherwise
 * @param mode how the hits were ranked
 */
public record SearchResult(List<Hit> hits, long total, int page, int size, Map<String, List<FacetCount>> facets,
                           boolean facetsEstimated, SearchRequest.Mode mode) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /**
     * One case found.
     *
     * @param snippet the best passage of the case's text, HTML-escaped, the matched words in {@code <b>}
     * @param date when the claim was first seen, else its review date, or null
     */
    public record Hit(String id, String title, String claim, String verdict, String language, LocalDate date,
                      float score, String snippet) {}

    /** A facet value and how many matching cases have it. */
    public record FacetCount(String value, long count) {}
}
