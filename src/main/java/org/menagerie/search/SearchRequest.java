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
 * @param queryLanguage the language the query is written in, which chooses the analysis its words get: an ISO 639-1
 *     code, {@link #ALL_LANGUAGES} to match the words in every language's analysis, or null for the one language
 *     filter if there is one, else the index's default ({@code search.language}, English unless set). Words are
 *     never stemmed by another language's rules unless all languages are asked for, so "crimea" does not find the
 *     Romanian "crime" (crimes). Short queries are not detected: "crimea" reads as Romanian to a language detector.
 */
public record SearchRequest(String query, Map<String, List<String>> filters, LocalDate from, LocalDate to, Sort sort,
                            Mode mode, float[] vector, int page, int size, int facetLimit, boolean drafts,
                            String queryLanguage) {
    /** The {@link #queryLanguage} that matches a query's words in every language's analysis. */
    public static final String ALL_LANGUAGES = "all";

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
        if (queryLanguage != null) {
            queryLanguage = queryLanguage.strip().toLowerCase(java.util.Locale.ROOT);
            if (!queryLanguage.equals(ALL_LANGUAGES) && !queryLanguage.matches("[a-z]{2}")) {
                throw new QueryException("queryLanguage must be a two-letter language code or all: " + queryLanguage);
            }
        }
    }

    /** A request in the query's default language (see {@link #queryLanguage}). */
    public SearchRequest(String query, Map<String, List<String>> filters, LocalDate from, LocalDate to, Sort sort,
                         Mode mode, float[] vector, int page, int size, int facetLimit, boolean drafts) {
        this(query, filters, from, to, sort, mode, vector, page, size, facetLimit, drafts, null);
    }

    /** The first page of 10 hits for {@code query}, with facets. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), null, null, Sort.RELEVANCE, Mode.AUTO, null, 1, 10, 10, false);
    }

    public SearchRequest withFilter(String dimension, String... values) {
        Map<String, List<String>> f = new LinkedHashMap<>(filters);
        f.put(dimension, List.of(values));
        return new SearchRequest(query, f, from, to, sort, mode, vector, page, size, facetLimit, drafts, queryLanguage);
    }

    public SearchRequest withDates(LocalDate from, LocalDate to) {
        return new SearchRequest(query, filters, from, to, sort, mode, vector, page, size, facetLimit, drafts, queryLanguage);
    }

    public SearchRequest withSort(Sort sort) {
        return new SearchRequest(query, filters, from, to, sort, mode, vector, page, size, facetLimit, drafts, queryLanguage);
    }

    public SearchRequest withMode(Mode mode) {
        return new SearchRequest(query, filters, from, to, sort, mode, vector, page, size, facetLimit, drafts, queryLanguage);
    }

    public SearchRequest withVector(float[] vector) {
        return new SearchRequest(query, filters, from, to, sort, mode, vector, page, size, facetLimit, drafts, queryLanguage);
    }

    public SearchRequest withPage(int page, int size) {
        return new SearchRequest(query, filters, from, to, sort, mode, vector, page, size, facetLimit, drafts, queryLanguage);
    }

    public SearchRequest withQueryLanguage(String queryLanguage) {
        return new SearchRequest(query, filters, from, to, sort, mode, vector, page, size, facetLimit, drafts, queryLanguage);
    }

    public SearchRequest withFacetLimit(int facetLimit) {
        return new SearchRequest(query, filters, from, to, sort, mode, vector, page, size, facetLimit, drafts, queryLanguage);
    }

    /**
     * How this request is ranked given whether its query has words and the index has vectors.
     *
     * @throws QueryException when semantic search is asked for but impossible
     */
    public Mode ranking(boolean keywords, boolean vectors) {
        boolean text = !query.isEmpty() || vector != null;
        return switch (mode) {
            case AUTO -> keywords && vectors && sort == Sort.RELEVANCE ? Mode.HYBRID : Mode.KEYWORD;
            case KEYWORD -> Mode.KEYWORD;
            case VECTOR, HYBRID -> {
                if (!vectors && vector == null) throw new QueryException("semantic search is off: this index has no vectors (search.vectors=false, or reindex with vectors)");
                if (!text) throw new QueryException("semantic search needs a query");
                yield mode == Mode.HYBRID && !keywords ? Mode.VECTOR : mode;
            }
        };
    }

    /** The one language the filters choose, or null. */
    public String language() {
        List<String> l = filters.get(CaseDocument.LANGUAGE);
        return l != null && l.size() == 1 ? l.get(0) : null;
    }
}
