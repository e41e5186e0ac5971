package org.menagerie.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** Builds the menagerie search links of a results page: toggling a facet value, or moving to another page. */
public final class SearchLinks {
    private final CaseFinder.Query query;
    private final String sort;

    SearchLinks(CaseFinder.Query query) {
        this(query, null);
    }

    /** Links that keep the results' order ({@code sort}, null for relevance). */
    SearchLinks(CaseFinder.Query query, String sort) {
        this.query = query;
        this.sort = sort;
    }

    /** The order asked for ("resurfaced"), or null for relevance. */
    public String sort() {
        return sort;
    }

    public boolean active(String facet, String value) {
        return value.equals(query.filters().get(facet));
    }

    /** The query with {@code facet} set to {@code value}, or cleared when it already is; back to page 1. */
    public String toggle(String facet, String value) {
        Map<String, String> f = new TreeMap<>(query.filters());
        if (value.equals(f.get(facet))) f.remove(facet);
        else f.put(facet, value);
        return build(f, 1);
    }

    public String page(int n) {
        return build(new TreeMap<>(query.filters()), n);
    }

    private String build(Map<String, String> filters, int page) {
        StringBuilder b = new StringBuilder("?q=").append(enc(query.text()));
        filters.forEach((k, v) -> b.append('&').append(k).append('=').append(enc(v)));
        if (sort != null) b.append("&sort=").append(enc(sort));
        if (page > 1) b.append("&page=").append(page);
        return b.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
