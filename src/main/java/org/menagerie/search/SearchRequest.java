package org.menagerie.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.menagerie.catalog.Check;

/**
 * What to search for.
 *
 * @param query keywords, "phrases", +required and -excluded words; blank for everything that passes the filters
 * @param filters facet dimension (verdict, language, country, keyword, outlet, narrative, dataset, year) to the values
 *     allowed, any of which may match; matched case-insensitively. One language also chooses the query's analysis.
 * @param from earliest date (inclusive), or null; the date of a case is when it was first seen, else its review date
 * @param to latest date (inclusive), or null
 * @param sort by relevance (ties broken by id) or by date, newest first
 * @param mode keyword, vector, hybrid, or auto (hybrid when the index has vectors)
 * @param vector a query vector made by the caller with the index's model, or null to embed {@code query}
 * @param page 1-based page number
 * @param size hits per page, 1 to 100
 * @param facetLimit values per facet dimension, 0 for no facets
 * @param drafts whether draft cases are included (editors only)
 */
public record SearchRequest(String query, Map<String, List<String>> filters, LocalDate from, LocalDate to, Sort sort,
                            Mode mode, float[] vector, int page, int size, int facetLimit, boolean drafts) {

    public enum Sort { RELEVANCE, DATE }

    public enum Mode { AUTO, KEYWORD, VECTOR, HYBRID }

    public SearchRequest {
        query = query == null ? "" : query.strip();
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (filters != null) {
            filters.forEach((dim, values) -> {
                if (!CaseDocument.DIMENSIONS.contains(dim)) {
                    throw new QueryException("unknown filter: " + dim + " (known: " + String.join(", ", CaseDocument.DIMENSIONS) + ")");
                }
                List<String> v = Check.list(values, "filters." + dim).stream().filter(s -> !s.isBlank()).toList();
                if (!v.isEmpty()) copy.put(dim, v);
            });
        }
        filters = Map.copyOf(copy);
        if (from != null && to != null && from.isAfter(to)) throw new QueryException("from (" + from + ") is after to (" + to + ")");
        sort = sort == null ? Sort.RELEVANCE : sort;
        mode = mode == null ? Mode.AUTO : mode;
        if (page < 1) throw new QueryException("page must be 1 or more: " + page);
        if (size < 1 || size > 100) throw new QueryException("size must be between 1 and 100: " + size);
        if ((long) page * size > 10_000) throw new QueryException("pages end at hit 10,000: narrow the search instead");
        if (facetLimit < 0) throw new QueryException("facetLimit must not be negative: " + facetLimit);
    }

    /** The first page of 10 hits for {@code query}, with facets. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), null, null, Sort.RELEVANCE, Mode.AUTO, null, 1, 10, 10, false);
    }

    public SearchRequest withFilter(String dimension, String... values) {
        Map<String, List<String>> f = new LinkedHashMap<>(filters);
        f.put(dimension, List.of(values));
        return new SearchRequest(query, f, from, to, sort, mode, vector, page, size, facetLimit, drafts);
    }

    public SearchRequest withDates(LocalDate from, LocalDate to) {
        return new SearchRequest(query, filters, from, to, sort, mode, vector, page, size, facetLimit, drafts);
    }

    public SearchRequest withSort(Sort sort) {
        return new SearchRequest(query, filters, from, to, sort, mode, vector, page, size, facetLimit, drafts);
    }

    public SearchRequest withMode(Mode mode) {
        return new SearchRequest(query, filters, from, to, sort, mode, vector, page, size, facetLimit, drafts);
    }

    public SearchRequest withVector(float[] vector) {
        return new SearchRequest(query, filters, from, to, sort, mode, vector, page, size, facetLimit, drafts);
    }

    public SearchRequest withPage(int page, int size) {
        return new SearchRequest(query, filters, from, to, sort, mode, vector, page, size, facetLimit, drafts);
    }

    public SearchRequest withFacetLimit(int facetLimit) {
        return new SearchRequest(query, filters, from, to, sort, mode, vector, page, size, facetLimit, drafts);
    }

    /** The one language the filters choose, or null. */
    String language() {
        List<String> l = filters.get(CaseDocument.LANGUAGE);
        return l != null && l.size() == 1 ? l.get(0) : null;
    }
}
