package org.menagerie.web;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.menagerie.archive.ArchiveResult;

/** What the archive page shows: the result, the address's parameters, and the links and snippets built from them. */
public record ArchiveView(ArchiveParams params, ArchiveResult result) {
    /** A request parameter's value as given, or "". */
    public String param(String name) {
        return params.get(name);
    }

    public boolean active(String dimension, String value) {
        return params.active(dimension, value);
    }

    /** The address with the facet value set, or cleared when it is set. */
    public String toggle(String dimension, String value) {
        return params.toggle(dimension, value);
    }

    /** The date facet's value (a month or a day) as the date range it covers, or that range cleared when it is set. */
    public String dateLink(String value) {
        Map<String, String> v = new LinkedHashMap<>(params.values());
        if (dateActive(value)) {
            v.remove("from");
            v.remove("to");
        } else {
            v.put("from", first(value));
            v.put("to", last(value));
        }
        return new ArchiveParams(v).page(1);
    }

    public boolean dateActive(String value) {
        return first(value).equals(params.get("from")) && last(value).equals(params.get("to"));
    }

    public String pageLink(int n) {
        return params.page(n);
    }

    /** The address counting dates per day rather than month, or back. */
    public String perLink() {
        return params.toggle("per", "day");
    }

    public List<CaseFinder.Fragment> snippet(ArchiveResult.Hit hit) {
        return SearchFinder.fragments(hit.snippet());
    }

    private static String first(String value) {
        return value.length() == 7 ? value + "-01" : value;
    }

    private static String last(String value) {
        return value.length() == 7 ? YearMonth.parse(value).atEndOfMonth().toString() : value;
    }
}
